package outcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture helper writes an unchanged extract back byte for byte, so its changes are all a test
 * shows.
 */
class ExtractTest {
  @TempDir Path dir;

  @Test
  void writesAnUnchangedExtractBackByteForByte() throws Exception {
    for (String name :
        new String[] {
          Extract.REAL_26,
          Extract.REAL_27,
          "/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv"
        }) {
      Path copy = Extract.of(name).write(dir.resolve("copy.csv"));
      assertArrayEquals(Files.readAllBytes(Extract.resource(name)), Files.readAllBytes(copy), name);
    }
  }

  @Test
  void theTwentySevenColumnFixtureHoldsTheSameRowsAsTheTwentySixColumnOne() {
    Extract e26 = Extract.of(Extract.REAL_26);
    Extract e27 = Extract.of(Extract.REAL_27);
    assertEquals(12, e26.rowCount());
    assertEquals(e26.rowCount(), e27.rowCount());
    for (int r = 1; r <= e26.rowCount(); r++) {
      for (String column : e26.header()) {
        if (!column.startsWith("Compared to Region") && !column.equals("Compared to goal")) {
          assertEquals(e26.cell(r, column), e27.cell(r, column), "row " + r + " " + column);
        }
      }
      assertEquals("1y", e27.cell(r, "Time period range"));
    }
  }
}
