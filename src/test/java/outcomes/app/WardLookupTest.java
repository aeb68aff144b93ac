package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.Row;
import outcomes.model.AreaNames;

/**
 * Real ward codes are used only where two independent sources agree: the bundled lookup of current
 * wards (from DWP's ward table) must match ONS's names and codes as postcodes.io publishes them,
 * and the lookup of earlier wards (names from the GLA Ward Profiles) the GLA's ward life expectancy
 * file, which spells some names differently ("Queens Gate", "St Jamess").
 */
class WardLookupTest {
  private static final Path GLA =
      Path.of("data/real/ward_life_expectancy/gla_life-expectancy-ward-at-Birth.csv");

  @Test
  void everyCurrentWardCodeAgreesWithOns() throws IOException {
    JsonNode ons =
        new ObjectMapper()
            .readTree(Path.of("data/real/ward_lookups/postcodes_io_wards.json").toFile());
    List<String> lines =
        Files.readAllLines(Path.of("data/real/ward_lookups/kcw_wards_current.csv"));
    assertEquals(37, lines.size(), "18 + 18 wards and a header");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertEquals(normal(cells[1]), normal(ons.path(cells[0]).asText()), "ward " + cells[0]);
    }
  }

  @Test
  void everyEarlierWardAgreesWithTheGlaLifeExpectancyFile() throws IOException {
    Map<String, String[]> gla = new HashMap<>();
    try (CsvRowSource rows = CsvRowSource.open(GLA, "UTF-8", 1)) {
      for (Row r = rows.next(); r != null; r = rows.next()) {
        gla.put(r.cell(0), new String[] {r.cell(3), r.cell(2), r.cell(4)});
      }
    }
    List<String> lines =
        Files.readAllLines(Path.of("data/real/ward_lookups/kcw_wards_previous.csv"));
    assertEquals(39, lines.size(), "18 + 20 wards and a header");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      String[] theirs = gla.get(cells[0]);
      assertEquals("Ward", theirs[2], cells[0]);
      assertEquals(AreaNames.key(cells[1]), AreaNames.key(theirs[0]), "ward " + cells[0]);
      assertEquals(AreaNames.key(cells[3]), AreaNames.key(theirs[1]), "borough of " + cells[0]);
    }
    long glaWards =
        gla.values().stream()
            .filter(
                v ->
                    v[2].equals("Ward")
                        && (v[1].equals("Kensington and Chelsea")
                            || v[1].equals("Westminster, City of")))
            .count();
    assertEquals(38, glaWards, "the lookup holds every ward the GLA lists for the two boroughs");
  }

  /** The sources differ only in "St. Helen's" against "St Helen's". */
  private static String normal(String name) {
    return name.replace(".", "");
  }
}
