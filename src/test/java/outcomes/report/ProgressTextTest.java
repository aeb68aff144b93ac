package outcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import outcomes.model.Age;
import outcomes.model.Area;
import outcomes.model.Cadence;
import outcomes.model.Category;
import outcomes.model.ColumnMapping;
import outcomes.model.DataFile;
import outcomes.model.Goal;
import outcomes.model.Indicator;
import outcomes.model.Interval;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.Polarity;
import outcomes.model.Provenance;
import outcomes.model.Sex;
import outcomes.model.Source;
import outcomes.model.TimePeriod;
import outcomes.model.Unit;
import outcomes.model.ValueType;
import outcomes.stats.Baseline;
import outcomes.stats.GapChange;
import outcomes.stats.Progress;

/**
 * Progress in the paper's words: the headline sentence for each verdict, "not a significant change"
 * where that is the truth, the label on illustrative figures and on a stale one, the table row, and
 * a gap's change.
 */
class ProgressTextTest {
  private static final Area WESTMINSTER = new Area("E09000033", "Westminster", "", "");
  private static final Area ENGLAND = new Area("E92000001", "England", "", "");

  @Test
  void aSignificantImprovement() {
    assertEquals(
        "Life expectancy at birth for men in Westminster rose from 79.0 (2018 - 20) to 82.5 years"
            + " (2023 - 25), a change of +3.5 years (95% CI 2.1 to 4.9), a significant improvement.",
        ProgressText.sentence(item(le(), 79.0, 82.5, true, Origin.REAL, false)));
  }

  @Test
  void notASignificantChangeWhereThatIsTheTruth() {
    assertEquals(
        "Life expectancy at birth for men in Westminster rose from 81.0 (2018 - 20) to 82.5 years"
            + " (2023 - 25), a change of +1.5 years (95% CI 0.1 to 2.9), a significant improvement.",
        ProgressText.sentence(item(le(), 81.0, 82.5, true, Origin.REAL, false)));
    assertEquals(
        "Life expectancy at birth for men in Westminster rose from 81.5 (2018 - 20) to 82.5 years"
            + " (2023 - 25), a change of +1.0 years (95% CI -0.4 to 2.4), not a significant change.",
        ProgressText.sentence(item(le(), 81.5, 82.5, true, Origin.REAL, false)));
  }

  @Test
  void withoutLimitsTheSentenceSaysItCannotBeJudgedAndWhy() {
    assertEquals(
        "Life expectancy at birth for men in Westminster rose from 81.0 (2018 - 20) to 82.5 years"
            + " (2023 - 25), a change of +1.5 years, which cannot be judged: no 95% limits are published for 2018 - 20"
            + " or 2023 - 25, so whether the change is more than chance cannot be told.",
        ProgressText.sentence(item(le(), 81.0, 82.5, false, Origin.REAL, false)));
  }

  @Test
  void anIllustrativeChangeSaysSo() {
    assertEquals(
        "Life expectancy at birth for men in Westminster fell from 82.5 (2018 - 20) to 82.0 years"
            + " (2023 - 25), a change of -0.5 years (95% CI -1.9 to 0.9), not a significant change (illustrative"
            + " data: synthetic, not published figures).",
        ProgressText.sentence(item(le(), 82.5, 82.0, true, Origin.ILLUSTRATIVE, false)));
  }

  @Test
  void aStaleFigureIsTheMostRecentInTheDataNotTheLatest() {
    assertEquals(
        "Life expectancy at birth for men in Westminster was 82.5 years in 2018 - 20 and the same in"
            + " 2023 - 25 (the most recent figure in the data, a newer release being overdue), a change of 0.0 years"
            + " (95% CI -1.4 to 1.4), not a significant change.",
        ProgressText.sentence(item(le(), 82.5, 82.5, true, Origin.REAL, true)));
  }

  @Test
  void noBaselineFigure() {
    Progress p =
        Progress.of(
            le(),
            Sex.MALE,
            WESTMINSTER,
            new Baseline(Optional.of(TimePeriod.parse("2018 - 20")), "declared"),
            List.of(fig(WESTMINSTER, "2023 - 25", 82.5, true, Origin.REAL)),
            List.of());

    assertEquals(
        "Life expectancy at birth for men in Westminster: 82.5 years (2023 - 25); progress since the"
            + " baseline cannot be judged: no figure for Westminster for the baseline period 2018 - 20 (the data hold"
            + " 2023 - 25 only).",
        ProgressText.sentence(new ProgressView.Item(p, false, "fresh")));
  }

  @Test
  void theTableRowAndItsHeading() {
    Indicator withGoal =
        new Indicator(
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
            List.of(),
            "",
            Location.of("le.yaml"),
            Optional.empty(),
            Optional.of(new Goal(new Goal.Limit(83), false, OptionalInt.empty(), "A board")),
            outcomes.model.ComparisonMethod.CI_OVERLAP);

    assertEquals(
        List.of(
            "Life expectancy at birth (male)",
            "Westminster",
            "81.0 years (2018 - 20)",
            "82.5 years (2023 - 25)",
            "+1.5 years (0.1 to 2.9)",
            "improved",
            "Red: does not meet the goal of 83 years or" + " more"),
        ProgressText.row(item(withGoal, 81.0, 82.5, true, Origin.REAL, false)));
    assertEquals(
        "Progress since 2023",
        ProgressText.heading(
            new ProgressView(
                LocalDate.of(2026, 1, 1),
                Optional.of(LocalDate.of(2023, 4, 1)),
                List.of(),
                List.of())));
  }

  @Test
  void aGapsChangeInWords() {
    GapChange g =
        GapChange.of(
            WESTMINSTER,
            ENGLAND,
            Optional.of(fig(WESTMINSTER, "2021", 5.0, true, Origin.REAL)),
            Optional.of(fig(ENGLAND, "2021", 4.5, true, Origin.REAL)),
            Optional.of(fig(WESTMINSTER, "2023", 5.0, true, Origin.REAL)),
            Optional.of(fig(ENGLAND, "2023", 5.0, true, Origin.REAL)),
            1);

    assertEquals(
        "Westminster was 0.5 percentage points above England in 2021 and level with England in 2023;"
            + " the gap did not change significantly (change -0.5 percentage points, 95% CI -2.5 to 1.5)",
        ProgressText.gapWords(g, new Unit("%", 1)));
  }

  private static ProgressView.Item item(
      Indicator ind, double from, double to, boolean limits, Origin origin, boolean stale) {
    List<Observation> headline =
        List.of(
            fig(WESTMINSTER, "2018 - 20", from, limits, origin),
            fig(WESTMINSTER, "2023 - 25", to, limits, origin));
    Progress p =
        Progress.of(
            ind,
            Sex.MALE,
            WESTMINSTER,
            new Baseline(Optional.of(TimePeriod.parse("2018 - 20")), "declared"),
            headline,
            List.of());
    return new ProgressView.Item(p, stale, stale ? "stale" : "fresh");
  }

  private static Indicator le() {
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
        Location.of("le.yaml"));
  }

  private static Observation fig(
      Area area, String period, double v, boolean limits, Origin origin) {
    return new Observation(
        "le",
        area,
        Sex.MALE,
        Age.ALL,
        Category.NONE,
        TimePeriod.parse(period),
        OptionalDouble.of(v),
        limits ? Optional.of(new Interval(v - 1, v + 1)) : Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        "",
        null,
        new Provenance("f.csv", 2, origin));
  }
}
