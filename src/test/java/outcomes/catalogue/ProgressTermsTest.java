package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.Goal;
import outcomes.model.Indicator;
import outcomes.model.Problem;
import outcomes.model.TimePeriod;

/**
 * The catalogue's progress terms: {@code baseline:} and {@code goal:} in an indicator file and
 * {@code baseline-date:} in framework.yaml. Read when right; when wrong, one problem per mistake at
 * the line it is on, saying what to write instead.
 */
class ProgressTermsTest {
  @TempDir Path dir;
  private CatalogueFixture cat;
  private Path campylobacter;
  private Path framework;

  @BeforeEach
  void copyTheValidCatalogue() {
    cat = CatalogueFixture.copyInto(dir);
    campylobacter = cat.indicator("campylobacter.yaml");
    framework = cat.indicator("framework.yaml");
  }

  private Indicator campylobacter() {
    CatalogueReader.Result r = CatalogueReader.read(cat.indicators());
    assertEquals(java.util.List.of(), r.problems());
    return r.catalogue().indicator("campylobacter").orElseThrow();
  }

  // ---- read when right ----

  @Test
  void withoutTheKeysThereIsNoBaselineGoalOrDate() {
    Indicator i = campylobacter();

    assertEquals(Optional.empty(), i.baseline());
    assertEquals(Optional.empty(), i.goal());
    assertEquals(
        Optional.empty(),
        CatalogueReader.read(cat.indicators()).catalogue().framework().baselineDate());
  }

  @Test
  void readsABaselinePeriodAsTheDataWriteIt() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "baseline: \"2015 - 17\"");

    assertEquals(
        Optional.of(TimePeriod.parse("2015-2017")),
        campylobacter().baseline().map(b -> b.period()));
  }

  @Test
  void readsTheBaselineDate() {
    cat.insertAfter(framework, "focus: [E09000020, E09000033]", "baseline-date: 2023-04-01");

    assertEquals(
        Optional.of(LocalDate.of(2023, 4, 1)),
        CatalogueReader.read(cat.indicators()).catalogue().framework().baselineDate());
  }

  @Test
  void readsASingleLimitGoalWithItsDateAndSource() {
    cat.insertAfter(
        campylobacter,
        "polarity: low-is-good",
        "goal:",
        "  limit: 21",
        "  use-ci: true",
        "  by: 2033",
        "  source: Someone who set it");

    Goal g = campylobacter().goal().orElseThrow();
    assertEquals(new Goal.Limit(21), g.threshold());
    assertTrue(g.useCi());
    assertEquals(OptionalInt.of(2033), g.by());
    assertEquals("Someone who set it", g.source());
  }

  @Test
  void readsARangeGoal() {
    cat.insertAfter(
        campylobacter, "polarity: low-is-good", "goal: {lower: 19, upper: 21.5, source: A board}");

    Goal g = campylobacter().goal().orElseThrow();
    assertEquals(new Goal.Range(19, 21.5), g.threshold());
    assertFalse(g.useCi());
    assertEquals(OptionalInt.empty(), g.by());
  }

  // ---- one problem per mistake, at its line ----

  @Test
  void aBaselineThatIsNotAPeriod() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "baseline: last year");

    assertOneProblem(
        campylobacter, "baseline: last year", "'baseline' must be a period as the data write it");
  }

  @Test
  void aBaselineDateThatIsNotADate() {
    cat.insertAfter(framework, "focus: [E09000020, E09000033]", "baseline-date: April 2023");

    assertOneProblem(
        framework,
        "baseline-date: April 2023",
        "'baseline-date' must be a date written YYYY-MM-DD");
  }

  @Test
  void aGoalWithoutASource() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "goal:", "  limit: 21");

    assertOneProblem(campylobacter, "goal:", "'source' is missing: say who set the goal");
  }

  @Test
  void aGoalWithBothALimitAndARange() {
    cat.insertAfter(
        campylobacter,
        "polarity: low-is-good",
        "goal:",
        "  limit: 21",
        "  lower: 19",
        "  upper: 22",
        "  source: X");

    assertOneProblem(campylobacter, "goal:", "either 'limit' (one value) or 'lower' and 'upper'");
  }

  @Test
  void aGoalWithNeitherALimitNorARange() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "goal:", "  by: 2030", "  source: X");

    assertOneProblem(
        campylobacter, "goal:", "'goal' needs 'limit' (one value) or 'lower' and 'upper'");
  }

  @Test
  void aRangeWithOneBound() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "goal:", "  lower: 19", "  source: X");

    assertOneProblem(campylobacter, "  lower: 19", "a range needs both 'lower' and 'upper'");
  }

  @Test
  void aRangeTheWrongWayRound() {
    cat.insertAfter(
        campylobacter,
        "polarity: low-is-good",
        "goal:",
        "  lower: 22",
        "  upper: 19",
        "  source: X");

    assertOneProblem(
        campylobacter, "  lower: 22", "lower bound 22 is above its upper bound 19: swap them");
  }

  @Test
  void aRangeJudgedOnTheInterval() {
    cat.insertAfter(
        campylobacter,
        "polarity: low-is-good",
        "goal:",
        "  lower: 19",
        "  upper: 21",
        "  use-ci: true",
        "  source: X");

    assertOneProblem(campylobacter, "  use-ci: true", "'use-ci' goes with a single 'limit'");
  }

  @Test
  void aLimitThatIsNotANumber() {
    cat.insertAfter(
        campylobacter, "polarity: low-is-good", "goal:", "  limit: twenty", "  source: X");

    assertOneProblem(
        campylobacter, "  limit: twenty", "'limit' must be a number, such as 66.7, not 'twenty'");
  }

  @Test
  void aLimitJavaWouldReadButNobodyWrites() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "goal:", "  limit: 21f", "  source: X");

    assertOneProblem(campylobacter, "  limit: 21f", "'limit' must be a number");
  }

  @Test
  void useCiThatIsNotTrueOrFalse() {
    cat.insertAfter(
        campylobacter,
        "polarity: low-is-good",
        "goal:",
        "  limit: 21",
        "  use-ci: yes please",
        "  source: X");

    assertOneProblem(campylobacter, "  use-ci: yes please", "'use-ci' must be true or false");
  }

  @Test
  void aGoalYearOutOfRange() {
    cat.insertAfter(
        campylobacter, "polarity: low-is-good", "goal:", "  limit: 21", "  by: 33", "  source: X");

    assertOneProblem(campylobacter, "  by: 33", "'by' must be from 2000 to 2100");
  }

  @Test
  void anUnknownKeyInAGoal() {
    cat.insertAfter(
        campylobacter,
        "polarity: low-is-good",
        "goal:",
        "  limit: 21",
        "  target: 20",
        "  source: X");

    assertOneProblem(campylobacter, "  target: 20", "unknown key 'target'");
  }

  @Test
  void aGoalOnAnIndicatorWithoutPolarity() {
    cat.replace(
        campylobacter,
        "polarity: low-is-good",
        "polarity: no-judgement",
        "goal:",
        "  limit: 21",
        "  source: X");

    assertOneProblem(
        campylobacter, "goal:", "a goal needs a polarity (high-is-good or low-is-good)");
  }

  private void assertOneProblem(Path file, String line, String messagePart) {
    CatalogueReader.Result r = CatalogueReader.read(cat.indicators());
    assertEquals(1, r.problems().size(), "exactly one problem: " + r.problems());
    Problem p = r.problems().get(0);
    assertEquals(file.toString(), p.location().file(), p.toString());
    assertEquals(CatalogueFixture.lineOf(file, line), p.location().line(), p.toString());
    assertTrue(
        p.message().contains(messagePart),
        "message should contain '" + messagePart + "': " + p.message());
    assertNotNull(r.catalogue());
  }
}
