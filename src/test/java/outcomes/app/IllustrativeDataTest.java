package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled illustrative files are exactly what the seeded generator makes, and say what they
 * are.
 */
class IllustrativeDataTest {
  private static final Path BUNDLED = Path.of("data/illustrative");
  private static final Path WARDS = Path.of("data/real/ward_lookups/kcw_wards_current.csv");

  @Test
  void bundledFilesAreTheGeneratorsOutput(@TempDir Path dir) throws IOException {
    List<Path> made = IllustrativeData.write(WARDS, dir);
    assertEquals(5, made.size());
    for (Path p : made) {
      Path bundled = BUNDLED.resolve(p.getFileName());
      assertArrayEquals(
          Files.readAllBytes(bundled),
          Files.readAllBytes(p),
          bundled + " differs from the generator: run ./outcomes illustrate and commit");
    }
  }

  @Test
  void everyRowAndFileNameSaysIllustrative(@TempDir Path dir) throws IOException {
    for (Path p : IllustrativeData.write(WARDS, dir)) {
      assertTrue(p.getFileName().toString().contains("illustrative"), p.toString());
      List<String> lines = Files.readAllLines(p);
      for (String line : lines.subList(1, lines.size())) {
        assertTrue(line.contains(IllustrativeData.NOTE), p + ": " + line);
      }
    }
  }

  @Test
  void headlineWardGapsMatchTheStrategy(@TempDir Path dir) throws IOException {
    Path le = IllustrativeData.write(WARDS, dir).get(0);
    List<String> lines = Files.readAllLines(le);
    assertEquals(18.0, male(lines, "Knightsbridge & Belgravia") - male(lines, "Westbourne"), 1e-9);
    assertEquals(17.0, male(lines, "Queen's Gate") - male(lines, "Notting Dale"), 1e-9);
  }

  private static double male(List<String> lines, String ward) {
    String row =
        lines.stream()
            .filter(l -> l.contains("," + ward + ",") || l.contains(",\"" + ward + "\","))
            .filter(l -> l.contains(",Male,") && l.contains(",2018 - 20,"))
            .findFirst()
            .orElseThrow();
    return Double.parseDouble(row.split(",2018 - 20,")[1].split(",")[0]);
  }
}
