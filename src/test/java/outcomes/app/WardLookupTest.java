package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real ward codes are used only where two independent sources agree: the bundled lookup (from
 * DWP's ward table) must match ONS's names and codes as postcodes.io publishes them.
 */
class WardLookupTest {
  @Test
  void everyCurrentWardCodeAgreesWithOns() throws IOException {
    JsonNode ons = new ObjectMapper().readTree(Path.of("data/real/ward_lookups/postcodes_io_wards.json").toFile());
    List<String> lines = Files.readAllLines(Path.of("data/real/ward_lookups/kcw_wards_current.csv"));
    assertEquals(37, lines.size(), "18 + 18 wards and a header");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertEquals(normal(cells[1]), normal(ons.path(cells[0]).asText()), "ward " + cells[0]);
    }
  }

  /** The sources differ only in "St. Helen's" against "St Helen's". */
  private static String normal(String name) {
    return name.replace(".", "");
  }
}
