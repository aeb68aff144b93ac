package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ward boundary file report cannot use (issue 22): the National Grid's eastings and northings
 * where longitude and latitude belong, as the ONS borough file has them. `report` stops with one
 * line at the file, line and column saying to convert it (exit 65), writing nothing; `validate`
 * finds the same first.
 */
class MapsCommandTest {
  private static final String CURRENT = "real/boundaries/wm_kc_wards_may2025_bgc_wgs84.geojson";

  @TempDir Path dir;

  @Test
  void boundariesInTheNationalGridAreOneLineAtTheirPlaceAndNothingIsWritten() throws IOException {
    Path data = dir.resolve("data");
    copy(Path.of("data"), data);
    Path file = data.resolve(CURRENT);
    String geojson = Files.readString(file);
    int at = geojson.indexOf("[-0.189480689127471, 51.494683372593]");
    assertTrue(at > 0, "Abingdon's first position is in the bundled file");
    Files.writeString(
        file, geojson.replace("[-0.189480689127471, 51.494683372593]", "[525238.2, 179039.7]"));
    Path out = dir.resolve("out");

    CliRun report =
        CliRun.of("report", "--quiet", "--data", data.toString(), "--out", out.toString());

    assertEquals(65, report.code(), report.toString());
    assertEquals(1, report.errLines().size(), report.toString());
    assertTrue(
        report
            .err()
            .startsWith(
                "outcomes: "
                    + file
                    + ":1:"
                    + (at + 1)
                    + ": the position [525238.2, 179039.7]"
                    + " is not a longitude and latitude (British National Grid eastings and northings?): convert the file to"
                    + " WGS84 (EPSG:4326) first"),
        report.err());
    assertFalse(Files.exists(out.resolve("outcomes-framework.xlsx")), "nothing written");

    CliRun validate = CliRun.of("validate", "--data", data.toString());
    assertEquals(65, validate.code(), validate.toString());
    assertTrue(
        validate.out().contains(file + ":1:" + (at + 1) + ": the position [525238.2, 179039.7]"),
        validate.toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
