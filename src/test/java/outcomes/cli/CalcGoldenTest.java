package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static outcomes.cli.CalcVectors.BOTH_LEVELS;
import static outcomes.cli.CalcVectors.LEVEL_95;
import static outcomes.cli.CalcVectors.assertLimits;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calc's output byte for byte against golden files in src/test/resources/calc (see the README
 * there), the same bytes on a second run and through --out FILE; and the goldens' numbers checked
 * against R's vectors, so that a golden cannot quietly hold a wrong number.
 */
class CalcGoldenTest {
  static final String[] PROPORTION = {
    "calc",
    "proportion",
    "--in",
    input("proportion-input.csv"),
    "--count",
    "smokers",
    "--denominator",
    "adults",
    "--multiplier",
    "100"
  };
  static final String[] LIFE_EXPECTANCY = {
    "calc",
    "life-expectancy",
    "--in",
    input("life-expectancy-input.csv"),
    "--group",
    "area",
    "--group",
    "sex",
    "--age-band",
    "age_band",
    "--deaths",
    "deaths",
    "--population",
    "population"
  };

  @TempDir Path dir;

  @Test
  void proportionMatchesItsGolden() throws IOException {
    assertGolden("proportion.golden.csv", PROPORTION);
  }

  @Test
  void lifeExpectancyMatchesItsGolden() throws IOException {
    assertGolden("life-expectancy.golden.csv", LIFE_EXPECTANCY);
  }

  /** Each golden row is the vector row with the same numerator and denominator. */
  @Test
  void theProportionGoldensNumbersAreR() throws IOException {
    Map<String, Map<String, String>> expected =
        CalcVectors.byKey(
            CalcVectors.rows(CalcVectors.file("proportion_wilson.csv")).stream()
                .filter(r -> r.get("case").equals("ungrouped") && r.get("multiplier").equals("100"))
                .toList(),
            r -> r.get("numerator") + "/" + r.get("denominator"));
    List<Map<String, String>> golden = CalcVectors.parse(golden("proportion.golden.csv"));

    assertEquals(9, golden.size());
    for (Map<String, String> row : golden.subList(0, 8)) {
      Map<String, String> e = expected.get(row.get("smokers") + "/" + row.get("adults"));
      assertLimits(row.get("area_code"), e, row, 1e-9, 0, BOTH_LEVELS);
    }
    // Area09, a missing numerator, is among the vector's multiplier-1 rows: all outputs empty
    Map<String, String> missing = golden.get(8);
    assertEquals(
        List.of("", "", "", "", ""),
        java.util.Arrays.stream(BOTH_LEVELS).map(missing::get).toList());
    assertEquals("numerator missing", missing.get("note"));
  }

  /** Borough A is R's df1, Ward B widecis Area 2 and Ward C widecis Area 1 (suppressed). */
  @Test
  void theLifeExpectancyGoldensNumbersAreR() throws IOException {
    Map<String, String> cases =
        Map.of("Borough A", "df1|A", "Ward B", "widecis|Area 2", "Ward C", "widecis|Area 1");
    Map<String, Map<String, String>> expected =
        CalcVectors.byKey(
            CalcVectors.rows(CalcVectors.file("life_expectancy_expected.csv")),
            r -> r.get("case") + "|" + r.get("area") + "|" + r.get("startage"));
    List<Map<String, String>> golden = CalcVectors.parse(golden("life-expectancy.golden.csv"));

    assertEquals(60, golden.size());
    for (Map<String, String> row : golden) {
      String key = cases.get(row.get("area")) + "|" + row.get("startage");
      assertLimits(key, expected.get(key), row, 0, 1e-4, LEVEL_95);
    }
  }

  @Test
  void writesTheSameBytesToAFileAsToStandardOutput() throws IOException {
    Path out = dir.resolve("sub/le.csv");
    String[] args =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(LIFE_EXPECTANCY),
                java.util.stream.Stream.of("--out", out.toString()))
            .toArray(String[]::new);

    CliRun run = CliRun.of(args);

    assertEquals(0, run.code(), run.toString());
    assertEquals("", run.out() + run.err());
    assertArrayEquals(
        golden("life-expectancy.golden.csv").getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(out));
  }

  private static void assertGolden(String golden, String... args) throws IOException {
    String[] withOut =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(args), java.util.stream.Stream.of("--out", "-"))
            .toArray(String[]::new);
    CliRun first = CliRun.of(withOut);
    CliRun second = CliRun.of(withOut);

    assertEquals(0, first.code(), first.toString());
    assertEquals("", first.err());
    assertEquals(golden(golden), first.out(), "output differs from " + golden);
    assertEquals(first.out(), second.out(), "a second run gives the same bytes");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = CalcGoldenTest.class.getResourceAsStream("/calc/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String input(String name) {
    try {
      return Path.of(CalcGoldenTest.class.getResource("/calc/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
