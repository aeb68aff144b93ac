package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Fingertips files as analysts keep them, committed to public repositories (origins in
 * src/test/resources/fingertips/real/SOURCES.md): the website's table export, API downloads with
 * "Column not used" or a parent of their own, files written back by R, the legacy download. Each is
 * read as it is, and gives what an analyst's pandas script gives (latest-by-pandas.tsv, made by
 * latest_by_pandas.py beside it); where the file holds Fingertips' own England judgements, compare
 * reproduces them.
 */
class RealFilesTest {
  static final Path DIR = Path.of("src/test/resources/fingertips/real");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What pandas made of one file: its totals, and each series' latest period and value. */
  record Expected(
      String file, long rows, long valued, long series, double sum, Map<String, String> latest) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> byPandas() throws IOException {
    List<Expected> all = new ArrayList<>();
    Expected current = null;
    for (String line :
        Files.readAllLines(DIR.resolve("latest-by-pandas.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (!f[0].isEmpty()) {
        current =
            new Expected(
                f[0],
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Long.parseLong(f[3]),
                Double.parseDouble(f[4]),
                new TreeMap<>());
        all.add(current);
      } else {
        current.latest().put(seriesWithoutId(f[1], current.file()), f[2] + " = " + number(f[3]));
      }
    }
    return all.stream();
  }

  /** The legacy download has no indicator id: its series are keyed without one. */
  private static String seriesWithoutId(String key, String file) {
    return file.startsWith("legacy") ? key.substring(key.indexOf('|')) : key;
  }

  private static String number(String text) {
    return String.valueOf(Double.parseDouble(text.strip().replace(",", "")));
  }

  private static List<String> args(String file, String... before) {
    List<String> a = new ArrayList<>(List.of(before));
    if (file.startsWith("legacy")) {
      a.add("--indicator-id");
      a.add("215iv");
    }
    a.add(DIR.resolve(file).toString());
    return a;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("byPandas")
  void inspectGivesWhatPandasGives(Expected pandas) throws IOException {
    CliRun summary =
        CliRun.of(args(pandas.file(), "inspect", "--format", "json").toArray(String[]::new));
    assertEquals(0, summary.code(), summary.toString());
    JsonNode s = JSON.readTree(summary.out());
    assertEquals(pandas.rows(), s.get("rows").asLong(), "rows");
    assertEquals(pandas.valued(), s.get("rowsWithValue").asLong(), "rows with a value");
    assertEquals(pandas.series(), s.get("series").asLong(), "series");
    assertEquals(pandas.sum(), s.get("sumOfLatestValues").asDouble(), 5e-7, "sum of latest values");

    CliRun latest =
        CliRun.of(
            args(pandas.file(), "inspect", "--latest", "--format", "json").toArray(String[]::new));
    assertEquals(0, latest.code(), latest.toString());
    Map<String, String> ours = new TreeMap<>();
    for (JsonNode row : JSON.readTree(latest.out())) {
      Map<String, String> cells = folded(row);
      String key =
          String.join(
              "|",
              cells.getOrDefault("indicatorid", "").strip(),
              cells.get("areacode"),
              cells.getOrDefault("sex", ""),
              cells.getOrDefault("age", ""),
              cells.getOrDefault("categorytype", ""),
              cells.getOrDefault("category", ""));
      ours.put(
          seriesWithoutId(key, pandas.file()),
          cells.get("timeperiod") + " = " + number(cells.get("value")));
    }
    assertEquals(pandas.latest(), ours, "each series' latest period and value");
  }

  private static Map<String, String> folded(JsonNode row) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : row.properties()) {
      m.put(
          e.getKey().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", ""),
          e.getValue().asText());
    }
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "website-export-quoted_92443-92304_smoking-london-2019.csv|Fingertips website table export",
        "website-export-crlf_92519_trimethoprim-resistance-quarterly.csv|Fingertips website table export",
        "website-export_92443_smoking-prevalence-ltla-2019.csv|Fingertips website table export",
        "api-column-not-used_91547_smoking-qof-utla-2019-20.csv|Fingertips API download, column 23 'Column not used'",
        "api-compared-to-pcns_93930_ae-attendances-0-4-gps.csv|Fingertips export, 27 columns",
        "fingertipsr-writecsv_93573_asthma-admissions-icb-2023-24.csv|Fingertips data written back by R or Python",
        "legacy14_215iv_deaths-from-drug-misuse-2013-15.csv|Fingertips legacy single-indicator download"
      })
  void inspectSaysWhichSpellingItRecognised(String file, String spelling) {
    CliRun run = CliRun.of(args(file, "inspect").toArray(String[]::new));
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.outLines().get(1).startsWith("  read as   " + spelling), run.outLines().get(1));
  }

  @Test
  void saysWhatTheLegacyDownloadIsAndHowToReadIt() {
    CliRun run =
        CliRun.of(
            "inspect",
            DIR.resolve("legacy14_215iv_deaths-from-drug-misuse-2013-15.csv").toString());
    assertEquals(65, run.code(), run.toString());
    assertTrue(
        run.err().contains("legacy single-indicator download")
            && run.err().contains("--indicator-id"),
        run.err());
  }

  /**
   * Fingertips' own England judgements, reproduced: every row the extract judged, by the
   * indicator's polarity (and England's deprivation-decile rows against England's total).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "website-export_92443_smoking-prevalence-ltla-2019.csv|low-is-good|318|1",
        "website-export-quoted_92443-92304_smoking-london-2019.csv|low-is-good|68|2",
        "api-column-not-used_91547_smoking-qof-utla-2019-20.csv|low-is-good|185|0",
        "api-compared-to-pcns_93930_ae-attendances-0-4-gps.csv|low-is-good|27|0"
      })
  void compareReproducesFingertipsOwnJudgements(
      String file, String polarity, long judged, long blank) throws IOException {
    Path out = Files.createTempFile("compared", ".csv");
    CliRun run =
        CliRun.of(
            "compare",
            "--in",
            DIR.resolve(file).toString(),
            "--polarity",
            polarity,
            "--check",
            "--out",
            out.toString());
    Files.delete(out);
    assertEquals(0, run.code(), run.toString());
    assertEquals(
        String.format(
            java.util.Locale.ROOT,
            "%,d of %,d judgements agree with the"
                + " extract's 'Compared to England value or percentiles'%s",
            judged,
            judged,
            blank == 0 ? "" : " (" + blank + " rows it left blank not counted)"),
        run.errLines().get(0));
  }

  @Test
  void refusesABenchmarkTheFileDoesNotHoldNamingTheNearestCodes() {
    CliRun run =
        CliRun.of(
            "compare",
            "--in",
            DIR.resolve("fingertipsr-writecsv_93573_asthma-admissions-icb-2023-24.csv").toString(),
            "--polarity",
            "low-is-good",
            "--out",
            "-");
    assertEquals(2, run.code(), run.toString());
    assertEquals(
        List.of(
            "outcomes: --benchmark: the extract has no rows for the benchmark"
                + " E92000001: nearest codes in the file are E54000008, E54000011, E54000031 (give one"
                + " with --benchmark)"),
        run.errLines());
  }
}
