package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.model.Problem;

/** The validate job: the catalogue and every data file it names, every problem at once. */
class ValidateJobTest {
  @TempDir Path dir;

  @Test
  void findsNothingWrongWithTheValidCatalogue() {
    Path valid = CatalogueFixture.valid();

    ValidateJob.Result r = ValidateJob.run(valid.resolve("indicators"), valid.resolve("data"));
    assertTrue(r.clean(), r.problems().toString());
    assertEquals(2, r.indicators());
    assertEquals(2, r.files());
    assertEquals(24, r.observations());
  }

  @Test
  void listsCatalogueAndDataProblemsTogether() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    cat.replace(cat.indicator("campylobacter.yaml"), "polarity: low-is-good", "polarity: down");
    cat.replace(cat.indicator("life-expectancy.yaml"), "      value: value", "      value: rate");

    ValidateJob.Result r = ValidateJob.run(cat.indicators(), cat.data());
    assertFalse(r.clean());
    assertEquals(
        List.of(
            cat.indicator("campylobacter.yaml")
                + ":12:1: unknown polarity 'down': use high-is-good,"
                + " low-is-good or no-judgement",
            cat.dataFile("real/life_expectancy_90366_2021-2024.csv")
                + ":1: the mapping names a column 'rate' that the header does not have"),
        r.problems().stream().map(Object::toString).toList());
    assertEquals(1, r.indicators(), "the indicator with a bad polarity is left out");
  }

  @Test
  void warnsAtItsLineOfADeclaredBaselineTheDataDoNotHold() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path campylobacter = cat.indicator("campylobacter.yaml");
    cat.insertAfter(campylobacter, "polarity: low-is-good", "baseline: \"2010 - 12\"");

    ValidateJob.Result r = ValidateJob.run(cat.indicators(), cat.data());

    assertEquals(1, r.problems().size(), r.problems().toString());
    Problem p = r.problems().get(0);
    assertFalse(
        p.isError(), "a warning: the report still runs, and says the change cannot be judged");
    assertEquals(campylobacter.toString(), p.location().file());
    assertEquals(
        CatalogueFixture.lineOf(campylobacter, "baseline: \"2010 - 12\""), p.location().line());
    assertTrue(
        p.message().startsWith("no figure for the baseline 2010 - 12 in campylobacter's data for"),
        p.message());
    assertTrue(p.message().contains("(they hold 2015 to 2017)"), p.message());
  }

  @Test
  void reportsAFixedValueThatIsNotANumberAtItsLine() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path le = cat.indicator("life-expectancy.yaml");
    cat.insertAfter(le, "    missing: [\"\", \"NA\"]", "    values: {count: many}");

    ValidateJob.Result r = ValidateJob.run(cat.indicators(), cat.data());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(le.toString(), r.problems().get(0).location().file());
    assertEquals(
        CatalogueFixture.lineOf(le, "    values: {count: many}"),
        r.problems().get(0).location().line());
    assertTrue(r.problems().get(0).message().contains("'many'"), r.problems().get(0).message());
  }

  @Test
  void reportsAFixedValueOfNaN() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path le = cat.indicator("life-expectancy.yaml");
    cat.insertAfter(le, "    missing: [\"\", \"NA\"]", "    values: {denominator: NaN}");

    ValidateJob.Result r = ValidateJob.run(cat.indicators(), cat.data());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(
        CatalogueFixture.lineOf(le, "    values: {denominator: NaN}"),
        r.problems().get(0).location().line());
  }
}
