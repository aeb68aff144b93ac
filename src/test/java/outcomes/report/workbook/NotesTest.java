package outcomes.report.workbook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import outcomes.model.Cadence;
import outcomes.model.ColumnMapping;
import outcomes.model.ComparisonMethod;
import outcomes.model.DataFile;
import outcomes.model.Indicator;
import outcomes.model.Location;
import outcomes.model.Origin;
import outcomes.model.Polarity;
import outcomes.model.Source;
import outcomes.model.Unit;
import outcomes.model.ValueType;

/** An indicator's note names its comparison method wherever it is not Fingertips' default. */
class NotesTest {
  @Test
  void theDefaultMethodIsDescribedOnceInTheGeneralNotesOnly() {
    assertFalse(Notes.about(indicator(ComparisonMethod.CI_OVERLAP)).contains("method"));
  }

  @Test
  void anotherMethodIsNamedInTheIndicatorsOwnNote() {
    String note = Notes.about(indicator(ComparisonMethod.TWO_LEVEL));

    assertTrue(note.contains("by Fingertips' method 17: as method 1, and a difference"), note);
  }

  @Test
  void anIndicatorNeverComparedSaysSo() {
    String note = Notes.about(indicator(ComparisonMethod.NONE));

    assertTrue(note.contains("Its figures are not compared with England"), note);
  }

  private static Indicator indicator(ComparisonMethod method) {
    return new Indicator(
        "le",
        "Life expectancy at birth",
        "",
        new Source("S", "", OptionalInt.empty(), ""),
        ValueType.LIFE_EXPECTANCY,
        new Unit("years", 1),
        Polarity.HIGH_IS_GOOD,
        1,
        1,
        List.of(),
        new Cadence(12, 12, 90),
        List.of(
            new DataFile(
                "f.csv", Origin.REAL, "", ColumnMapping.fingertips(), Location.of("le.yaml"))),
        "",
        Location.of("le.yaml"),
        Optional.empty(),
        Optional.empty(),
        method);
  }
}
