package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.catalogue.CatalogueReader;
import outcomes.model.Observation;
import outcomes.model.Problem;
import outcomes.model.Severity;

/**
 * A fetched extract joins the bundled data as one more real source: where both give a figure, the
 * fetched one stands, and a change beyond the bundled file's decimals is said as a revision; real
 * fetched figures replace an illustrative series rather than mix with it; and a bundled file that
 * gives no age group joins the one age group the extract gives (beside several, it is an error,
 * because the report would show only one of the series). The bundled life expectancy gives England
 * 2021 - 23: 79.1 for males, 83.1 for females (Fingertips, rounded to 1 decimal by the Trafford
 * Data Lab).
 */
class FetchedDataTest {
  private static final String HEADER =
      "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,"
          + "Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
          + "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
          + "Compared to England value or percentiles,Compared to Region value or percentiles,Time period Sortable,"
          + "New data,Compared to goal";

  @TempDir Path dir;

  private CatalogueFixture withExtract(String... rows) throws IOException {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path fetched = cat.data().resolve("fetched/life-expectancy.csv");
    Files.createDirectories(fetched.getParent());
    Files.writeString(fetched, HEADER + "\n" + String.join("\n", rows) + "\n");
    return cat;
  }

  private static String england(String sex, String age, String value) {
    return "90366,Life expectancy at birth,,,E92000001,England,England,Sex,Age,,,2021 - 23,Value,78.9,79.3,,,,,,,,,20210000,,"
        .replace("Sex", sex)
        .replace("Age", age)
        .replace("Value", value);
  }

  private static DataLoader.Result load(CatalogueFixture cat) {
    return DataLoader.load(CatalogueReader.read(cat.indicators()).orThrow(), cat.data());
  }

  private static Observation england2021(DataLoader.Result r, String sex) {
    return r.indicators().stream()
        .filter(d -> d.indicator().id().equals("life-expectancy"))
        .flatMap(d -> d.observations().stream())
        .filter(
            o ->
                o.area().code().equals("E92000001")
                    && o.period().label().equals("2021 - 23")
                    && o.sex().toString().equals(sex))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theFetchedFigureStandsAndARevisionBeyondRoundingIsSaid() throws IOException {
    CatalogueFixture cat =
        withExtract(england("Male", "All ages", "79.1234"), england("Female", "All ages", "83.52"));

    DataLoader.Result r = load(cat);

    List<Problem> revisions =
        r.problems().stream().filter(p -> p.message().contains("is revised")).toList();
    assertEquals(1, revisions.size(), r.problems().toString());
    Problem revised = revisions.get(0);
    assertEquals(Severity.WARNING, revised.severity());
    assertTrue(
        revised.location().file().endsWith("fetched/life-expectancy.csv"), revised.toString());
    assertEquals(3, revised.location().line());
    assertTrue(
        revised.message().startsWith("England (E92000001) 2021 - 23: 83.1 in "), revised.message());
    assertTrue(
        revised
            .message()
            .contains(
                "life_expectancy_90366_2021-2024.csv:3 is revised to 83.52 here;"
                    + " the fetched figure is used"),
        revised.message());
    assertEquals(
        79.1234,
        england2021(r, "Male").value().getAsDouble(),
        "agrees to 1 decimal: not a revision");
    assertEquals(83.52, england2021(r, "Female").value().getAsDouble());
    assertTrue(england2021(r, "Male").ci95().isPresent(), "the fetched figure brings its limits");
  }

  @Test
  void aBundledFileWithoutAnAgeJoinsTheOneAgeGroupTheExtractGives() throws IOException {
    CatalogueFixture cat = withExtract(england("Male", "65+ yrs", "79.1"));

    DataLoader.Result r = load(cat);

    assertTrue(r.problems().isEmpty(), r.problems().toString());
    assertEquals(
        "65+ yrs",
        england2021(r, "Female").age().label(),
        "the bundled rows take the extract's age");
    assertEquals(79.1, england2021(r, "Male").value().getAsDouble());
    assertTrue(england2021(r, "Male").provenance().file().endsWith("fetched/life-expectancy.csv"));
  }

  @Test
  void aBundledFileWithoutAnAgeBesideSeveralAgeGroupsIsAnError() throws IOException {
    CatalogueFixture cat =
        withExtract(england("Male", "65+ yrs", "79.1"), england("Male", "75+ yrs", "79.1"));

    List<Problem> errors = load(cat).problems().stream().filter(Problem::isError).toList();

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).location().file().endsWith("life_expectancy_90366_2021-2024.csv"),
        errors.toString());
    assertTrue(
        errors
            .get(0)
            .message()
            .startsWith(
                "gives no age group, and the other files of life-expectancy give"
                    + " several [65+ yrs, 75+ yrs] ("),
        errors.get(0).message());
    assertTrue(
        errors
            .get(0)
            .message()
            .endsWith(
                "): say which is this file's with values: {age: …} in its mapping in "
                    + cat.indicator("life-expectancy.yaml")),
        errors.get(0).message());
  }

  @Test
  void realFetchedFiguresReplaceAnIllustrativeSeries() throws IOException {
    CatalogueFixture cat = withExtract(england("Male", "All ages", "79.1234"));
    cat.replace(
        cat.indicator("life-expectancy.yaml"), "    origin: real", "    origin: illustrative");

    DataLoader.Result r = load(cat);

    assertTrue(r.problems().stream().noneMatch(Problem::isError), r.problems().toString());
    assertTrue(
        r.problems().stream()
            .anyMatch(
                p ->
                    p.message()
                        .startsWith(
                            "real figures fetched for England"
                                + " (E92000001) replace the illustrative series of ")),
        r.problems().toString());
    assertTrue(england2021(r, "Male").isReal());
    assertTrue(
        england2021(r, "Female").provenance().origin().label().contains("illustrative"),
        "a series the extract does not give stays as it was, labelled");
  }
}
