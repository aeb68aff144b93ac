package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.catalogue.CatalogueReader;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.Problem;
import outcomes.model.Sex;

/**
 * Reading the data files a catalogue names: what is wrong with a data entry only shows once its
 * file is opened (it is missing, its header lacks a mapped column, a name repeats, rows disagree,
 * real and illustrative figures meet in one series). Each problem names its file and line.
 */
class DataLoaderTest {
  private static final String LE_DATA = "real/life_expectancy_90366_2021-2024.csv";
  private static final String LE_HEADER =
      "area_code,area_name,area_type,period,indicator,measure,unit,value,compared_to_England,inequality";
  private static final String KC_MALE_2022_24 =
      "E09000020,Kensington and Chelsea,UA,2022 - 24,Life expectancy at birth,Life expectancy,Years,82.2,Better,Male";

  @TempDir Path dir;
  private CatalogueFixture cat;
  private Path campylobacter;
  private Path lifeExpectancy;
  private Path leData;

  @BeforeEach
  void copyTheValidCatalogue() {
    cat = CatalogueFixture.copyInto(dir);
    campylobacter = cat.indicator("campylobacter.yaml");
    lifeExpectancy = cat.indicator("life-expectancy.yaml");
    leData = cat.dataFile(LE_DATA);
  }

  @Test
  void readsEveryFileOfTheValidCatalogue() {
    DataLoader.Result r = load();

    assertEquals(List.of(), r.problems());
    assertEquals(2, r.files());
    assertEquals(
        12, r.indicators().get(0).observations().size(), "campylobacter: 4 areas, 3 years");
    assertEquals(
        12,
        r.indicators().get(1).observations().size(),
        "life expectancy: 3 areas, 2 sexes, 2 periods");
    Observation kcMale = find(r, "life-expectancy", "E09000020", Sex.MALE, "2022 - 24");
    assertEquals(OptionalDouble.of(82.2), kcMale.value());
    assertEquals(CatalogueFixture.lineOf(leData, KC_MALE_2022_24), kcMale.provenance().line());
    assertEquals(leData.toString(), kcMale.provenance().file());
    assertEquals(Origin.REAL, kcMale.provenance().origin());
  }

  @Test
  void reportsADataFileThatDoesNotExistAtItsEntry() {
    cat.replace(
        campylobacter,
        "  - file: real/campylobacter_93356_london_2015-2017.csv",
        "  - file: real/campylobacter.csv");

    Problem p = onlyProblem(load());
    assertAt(
        p,
        campylobacter,
        CatalogueFixture.lineOf(campylobacter, "  - file: real/campylobacter.csv"));
    assertTrue(p.message().contains("real/campylobacter.csv does not exist"), p.message());
  }

  @Test
  void reportsAMappedColumnTheDataFileHeaderLacksAtTheHeaderLine() {
    cat.replace(lifeExpectancy, "      value: value", "      value: rate");

    Problem p = onlyProblem(load());
    assertAt(p, leData, 1);
    assertTrue(
        p.message().contains("the mapping names a column 'rate' that the header does not have"),
        p.message());
  }

  @Test
  void reportsARepeatedColumnNameAndSaysToAddressItAsNumberN() {
    cat.replace(leData, LE_HEADER, LE_HEADER.replace(",unit,", ",value,"));

    Problem p = onlyProblem(load());
    assertAt(p, leData, 1);
    assertTrue(
        p.message()
            .contains(
                "the column name 'value' appears twice (columns 7 and 8):"
                    + " address it by position in the mapping, #7 or #8"),
        p.message());
  }

  @Test
  void readsARepeatedColumnNameAddressedAsNumberN() {
    cat.replace(leData, LE_HEADER, LE_HEADER.replace(",unit,", ",value,"));
    cat.replace(lifeExpectancy, "      value: value", "      value: '#8'");

    DataLoader.Result r = load();
    assertEquals(List.of(), r.problems());
    assertEquals(
        OptionalDouble.of(82.2),
        find(r, "life-expectancy", "E09000020", Sex.MALE, "2022 - 24").value());
  }

  @Test
  void keepsARowRepeatedExactlyOnce() {
    cat.insertAfter(leData, KC_MALE_2022_24, KC_MALE_2022_24);

    DataLoader.Result r = load();
    assertEquals(List.of(), r.problems());
    assertEquals(12, r.indicators().get(1).observations().size());
  }

  @Test
  void reportsARepeatedRowThatDisagreesAtTheRepeat() {
    String disagreeing = KC_MALE_2022_24.replace(",82.2,", ",82.9,");
    cat.insertAfter(leData, KC_MALE_2022_24, disagreeing);
    int first = CatalogueFixture.lineOf(leData, KC_MALE_2022_24);

    Problem p = onlyProblem(load());
    assertAt(p, leData, first + 1);
    assertTrue(
        p.message()
            .contains(
                "this row gives Kensington and Chelsea (E09000020) 2022 - 24 a different"
                    + " value from "
                    + leData
                    + ":"
                    + first
                    + ": remove one of them"),
        p.message());
  }

  @Test
  void readsAnOnsIntervalAsTheFingertipsPeriodOfTheSameMonths() {
    // the same figure written as ONS writes the period: one period, so an identical repeat
    cat.insertAfter(
        leData, KC_MALE_2022_24, KC_MALE_2022_24.replace("2022 - 24", "2022-01-01/P3Y"));
    assertEquals(List.of(), load().problems());

    // and with another figure, a conflict over that one period
    cat.replace(
        leData,
        KC_MALE_2022_24.replace("2022 - 24", "2022-01-01/P3Y"),
        KC_MALE_2022_24.replace("2022 - 24", "2022-01-01/P3Y").replace(",82.2,", ",82.9,"));
    Problem p = onlyProblem(load());
    assertTrue(
        p.message().contains("Kensington and Chelsea (E09000020) 2022 - 24 a different value"),
        p.message());
  }

  @Test
  void reportsAnIntervalOfDaysAtItsCellInOneLine() {
    cat.replace(leData, KC_MALE_2022_24, KC_MALE_2022_24.replace("2022 - 24", "2022-01-15/P3Y"));
    int line =
        CatalogueFixture.lineOf(leData, KC_MALE_2022_24.replace("2022 - 24", "2022-01-15/P3Y"));

    Problem p = onlyProblem(load());
    assertAt(p, leData, line);
    assertEquals(4, p.location().column(), "the period column");
    assertTrue(
        p.message()
            .startsWith(
                "Not a time period: \"2022-01-15/P3Y\" (an ISO 8601 interval starts on"
                    + " the first day of a month and lasts whole years or months"),
        p.message());
    assertFalse(p.message().contains("\n"), p.message());
  }

  @Test
  void reportsAnIllustrativeRowJoiningARealSeries() {
    cat.insertAfter(
        lifeExpectancy,
        "    missing: [\"\", \"NA\"]",
        "  - file: illustrative/life_expectancy_2023-25.csv",
        "    origin: illustrative",
        "    layout: long",
        "    columns: {area-code: area_code, period: period, value: value, sex: inequality}");
    cat.write(
        cat.dataFile("illustrative/life_expectancy_2023-25.csv"),
        "area_code,period,value,inequality\nE09000033,2023 - 25,90.1,Female\nE09000020,2023 - 25,82.5,Male\n");

    DataLoader.Result r = load();
    assertEquals(2, r.problems().size(), r.problems().toString());
    Path illustrative = cat.dataFile("illustrative/life_expectancy_2023-25.csv");
    assertAt(r.problems().get(0), illustrative, 2);
    assertTrue(
        r.problems()
            .get(0)
            .message()
            .contains(
                "this illustrative row would join a real series"
                    + " for Westminster (E09000033): real and illustrative figures are never mixed in one series"),
        r.problems().get(0).message());
    assertAt(r.problems().get(1), illustrative, 3);
  }

  @Test
  void keepsWardsOfOneNameInTwoBoundarySetsApartAndStillRefusesMixingWithinOneWard() {
    cat.insertAfter(
        cat.indicator("framework.yaml"),
        "focus: [E09000020, E09000033]",
        "ward-lookups: [real/wards.csv]");
    cat.write(
        cat.dataFile("real/wards.csv"),
        "ward_code,ward_name,borough_code,boundary_set,in_use_until\n"
            + "E05000648,Westbourne,E09000033,Westminster wards 2002-2022,2022\n"
            + "E05013809,Westbourne,E09000033,Westminster wards since 2022,\n");
    cat.insertAfter(
        lifeExpectancy,
        "    missing: [\"\", \"NA\"]",
        "  - file: real/wards_le.csv",
        "    origin: real",
        "    layout: long",
        "    columns: {area-code: code, period: period, value: value, sex: sex}",
        "  - file: illustrative/wards_le.csv",
        "    origin: illustrative",
        "    layout: long",
        "    columns: {area-code: code, period: period, value: value, sex: sex}");
    cat.write(
        cat.dataFile("real/wards_le.csv"),
        "code,period,value,sex\nE05000648,2021 - 23,75.3,Male\n");
    cat.write(
        cat.dataFile("illustrative/wards_le.csv"),
        "code,period,value,sex\nE05013809,2021 - 23,74.0,Male\nE05000648,2021 - 23,75.3,Male\n");

    DataLoader.Result r = load();

    Problem p = onlyProblem(r);
    assertAt(p, cat.dataFile("illustrative/wards_le.csv"), 3);
    assertTrue(
        p.message().contains("would join a real series for Westbourne (E05000648)"), p.message());
    Observation current = find(r, "life-expectancy", "E05013809", Sex.MALE, "2021 - 23");
    assertEquals("Westminster wards since 2022", current.area().boundarySet());
    assertEquals("Westbourne", current.area().name(), "named by the lookup");
    assertEquals(
        "Westminster wards 2002-2022",
        find(r, "life-expectancy", "E05000648", Sex.MALE, "2021 - 23").area().boundarySet());
  }

  @Test
  void readsADataFileInItsDeclaredEncoding() throws Exception {
    cat.replace(lifeExpectancy, "    encoding: UTF-8", "    encoding: windows-1252");
    rewriteAsWindows1252WithADash();

    DataLoader.Result r = load();
    assertEquals(List.of(), r.problems());
    assertEquals(
        "Better \u2013 95%",
        find(r, "life-expectancy", "E09000020", Sex.MALE, "2022 - 24")
            .labels()
            .comparedToEngland());
  }

  @Test
  void reportsADataFileThatIsNotInItsDeclaredEncoding() throws Exception {
    rewriteAsWindows1252WithADash();

    Problem p = onlyProblem(load());
    assertEquals(leData.toString(), p.location().file());
    assertTrue(p.message().contains("not valid in its declared encoding"), p.message());
  }

  private void rewriteAsWindows1252WithADash() throws java.io.IOException {
    String text = java.nio.file.Files.readString(leData).replace(",Better,", ",Better \u2013 95%,");
    java.nio.file.Files.write(
        leData, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
  }

  // ---- helpers ----

  private DataLoader.Result load() {
    CatalogueReader.Result c = CatalogueReader.read(cat.indicators());
    assertEquals(List.of(), c.problems(), "the catalogue itself is sound");
    return DataLoader.load(c.catalogue(), cat.data());
  }

  private static Problem onlyProblem(DataLoader.Result r) {
    assertEquals(1, r.problems().size(), "exactly one problem: " + r.problems());
    return r.problems().get(0);
  }

  private static void assertAt(Problem p, Path file, long line) {
    assertEquals(file.toString(), p.location().file(), p.toString());
    assertEquals(line, p.location().line(), p.toString());
  }

  private static Observation find(
      DataLoader.Result r, String id, String area, Sex sex, String period) {
    return r.indicators().stream()
        .filter(d -> d.indicator().id().equals(id))
        .flatMap(d -> d.observations().stream())
        .filter(
            o ->
                o.area().code().equals(area) && o.sex() == sex && o.period().label().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " " + area + " " + sex + " " + period));
  }
}
