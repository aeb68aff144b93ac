package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.Catalogue;
import outcomes.model.ColumnMapping;
import outcomes.model.ComparisonMethod;
import outcomes.model.Contact;
import outcomes.model.DataFile;
import outcomes.model.Field;
import outcomes.model.Indicator;
import outcomes.model.Location;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Polarity;
import outcomes.model.Problem;
import outcomes.model.ValueType;

/**
 * The catalogue: the valid one read into the model, then one test for each way an entry can be
 * wrong, each made from the valid catalogue by a one-line change and each asserting the file and
 * line the problem points at (the line changed, or the mapping that lacks a key).
 */
class CatalogueReaderTest {
  private static final String OUTCOME = "outcome: 3";
  private static final String AMBITION = "ambition: 2";

  @TempDir Path dir;
  private CatalogueFixture cat;
  private Path campylobacter;
  private Path lifeExpectancy;
  private Path framework;

  @BeforeEach
  void copyTheValidCatalogue() {
    cat = CatalogueFixture.copyInto(dir);
    campylobacter = cat.indicator("campylobacter.yaml");
    lifeExpectancy = cat.indicator("life-expectancy.yaml");
    framework = cat.indicator("framework.yaml");
  }

  // ---- the valid catalogue ----

  @Test
  void readsTheValidCatalogueWithoutProblems() {
    CatalogueReader.Result r = CatalogueReader.read(CatalogueFixture.valid().resolve("indicators"));

    assertEquals(List.of(), r.problems());
    Catalogue c = r.catalogue();
    assertEquals(List.of(1, 2, 3, 4), List.copyOf(c.framework().outcomes().keySet()));
    assertEquals(List.of(1, 2, 3), List.copyOf(c.framework().ambitions().keySet()));
    assertEquals(List.of("E09000020", "E09000033"), c.framework().focusAreas());
    assertEquals("London region", c.framework().area("E12000007").orElseThrow().name());
    assertEquals("E12000007", c.framework().area("E09000033").orElseThrow().parentCode());
    assertEquals(
        List.of("campylobacter", "life-expectancy"),
        c.indicators().stream().map(Indicator::id).toList(),
        "in the order of their ids");
  }

  @Test
  void readsAFingertipsIndicatorWithEveryKeyGiven() {
    Indicator i =
        CatalogueReader.read(cat.indicators()).catalogue().indicator("campylobacter").orElseThrow();

    assertEquals("Campylobacter incidence rate", i.title());
    assertEquals(OptionalInt.of(93356), i.source().fingertipsId());
    assertEquals("Open Government Licence v3.0", i.source().licence());
    assertEquals(ValueType.CRUDE_RATE, i.valueType());
    assertEquals("per 100,000", i.unit().label());
    assertEquals(1, i.unit().decimals());
    assertEquals(Polarity.LOW_IS_GOOD, i.polarity());
    assertEquals(3, i.outcome());
    assertEquals(2, i.ambition());
    assertEquals(List.of("E12000007", "E92000001"), i.benchmarks());
    assertEquals(12, i.cadence().months());
    assertEquals(11, i.cadence().publicationMonth());
    DataFile df = i.data().get(0);
    assertEquals("real/campylobacter_93356_london_2015-2017.csv", df.path());
    assertEquals(Origin.REAL, df.origin());
    assertEquals(ColumnMapping.Layout.FINGERTIPS, df.mapping().layout());
    assertEquals(new Location(campylobacter.toString(), 1, 1), i.declaredAt());
    assertEquals(
        CatalogueFixture.lineOf(campylobacter, "  - file: " + df.path()), df.declaredAt().line());
  }

  @Test
  void readsALongLayoutMappingAndFillsInTheDefaults() {
    Indicator i =
        CatalogueReader.read(cat.indicators())
            .catalogue()
            .indicator("life-expectancy")
            .orElseThrow();

    assertEquals(1, i.unit().decimals(), "decimals default to 1");
    assertEquals(90, i.cadence().graceDays(), "grace days default to 90");
    assertEquals(List.of("E92000001"), i.benchmarks(), "a single benchmark is a list of one");
    ColumnMapping m = i.data().get(0).mapping();
    assertEquals(ColumnMapping.Layout.LONG, m.layout());
    assertEquals(List.of("area_code"), m.columns().get(Field.AREA_CODE));
    assertEquals(List.of("inequality"), m.columns().get(Field.SEX));
    assertEquals(Map.of("measure", List.of("Life expectancy")), m.where());
    assertEquals(List.of("", "NA"), m.missing());
  }

  // ---- unknown keys ----

  @Test
  void reportsAnUnknownKeyAtTheTopLevel() {
    cat.insertAfter(campylobacter, "unit: per 100,000", "colour: red");

    assertOneProblem(campylobacter, "colour: red", "unknown key 'colour'; expected one of");
  }

  @Test
  void reportsAnUnknownKeyInSource() {
    cat.insertAfter(campylobacter, "  fingertips-id: 93356", "  profile-id: 46");

    assertOneProblem(campylobacter, "  profile-id: 46", "unknown key 'profile-id'");
  }

  @Test
  void reportsAnUnknownKeyInADataEntry() {
    cat.insertAfter(campylobacter, "    layout: fingertips", "    tab: Data");

    assertOneProblem(campylobacter, "    tab: Data", "unknown key 'tab'");
  }

  @Test
  void reportsAnUnknownKeyInCadence() {
    cat.insertAfter(campylobacter, "  months: 12", "  weeks: 52");

    assertOneProblem(campylobacter, "  weeks: 52", "unknown key 'weeks'");
  }

  @Test
  void reportsAnUnknownKeyInAFrameworkArea() {
    cat.insertAfter(framework, "    name: Westminster", "    borough: true");

    assertOneProblem(framework, "    borough: true", "unknown key 'borough'");
  }

  // ---- the framework's author and contact (issue 20: the workbook's cover) ----

  @Test
  void readsTheAuthorAndContact() {
    Catalogue c = CatalogueReader.read(CatalogueFixture.valid().resolve("indicators")).catalogue();

    assertEquals("Bi-borough Public Health", c.framework().author());
    assertEquals(
        new Contact(
            "Public Health Intelligence",
            "intelligence@example.org",
            "+44 20 7000 0000",
            "https://www.jsna.info"),
        c.framework().contact().orElseThrow());
  }

  @Test
  void reportsAnEmailThatIsNotAnAddress() {
    cat.replace(
        framework, "  email: intelligence@example.org", "  email: intelligence.example.org");

    assertOneProblem(framework, "  email: intelligence.example.org", "is not an email address");
  }

  @Test
  void reportsAPhoneNumberWithLetters() {
    cat.replace(framework, "  phone: +44 20 7000 0000", "  phone: ask reception");

    assertOneProblem(framework, "  phone: ask reception", "is not a telephone number");
  }

  @Test
  void reportsAWebsiteWithoutItsScheme() {
    cat.replace(framework, "  website: https://www.jsna.info", "  website: www.jsna.info");

    assertOneProblem(framework, "  website: www.jsna.info", "starting https://");
  }

  @Test
  void reportsAContactWithNoWayToReachThem() {
    cat.delete(framework, "  email: intelligence@example.org");
    cat.delete(framework, "  phone: +44 20 7000 0000");
    cat.delete(framework, "  website: https://www.jsna.info");

    assertOneProblem(framework, "contact:", "needs a way to reach Public Health Intelligence");
  }

  @Test
  void reportsAContactWithoutAName() {
    cat.delete(framework, "  name: Public Health Intelligence");

    assertOneProblem(framework, "contact:", "'name' is missing");
  }

  @Test
  void reportsAnUnknownKeyInTheContact() {
    cat.insertAfter(framework, "  website: https://www.jsna.info", "  fax: 020 7000 0001");

    assertOneProblem(framework, "  fax: 020 7000 0001", "unknown key 'fax'");
  }

  // ---- required keys and ids ----

  @Test
  void reportsAMissingRequiredKeyAtTheMappingThatLacksIt() {
    cat.delete(campylobacter, "title: Campylobacter incidence rate");

    assertOneProblem(campylobacter, 1, "'title' is missing");
  }

  @Test
  void reportsAMissingRequiredKeyInsideCadenceAtCadence() {
    cat.delete(campylobacter, "  publication-month: 11");

    assertOneProblem(campylobacter, "cadence:", "'publication-month' is missing");
  }

  @Test
  void reportsAnIdThatDoesNotMatchItsFileName() {
    cat.replace(campylobacter, "id: campylobacter", "id: campylobacter-rate");

    assertOneProblem(
        campylobacter,
        "id: campylobacter-rate",
        "the id 'campylobacter-rate' differs from the file name: rename the file campylobacter-rate.yaml or change the id");
  }

  @Test
  void reportsAnIdUsedByTwoFiles() throws Exception {
    Path copy = cat.indicator("campylobacter.yml");
    Files.copy(campylobacter, copy);

    assertOneProblem(
        copy, "id: campylobacter", "the id 'campylobacter' is also used by " + campylobacter);
  }

  @Test
  void reportsAnIdWithCharactersOtherThanLowerCaseLettersDigitsAndHyphens() {
    cat.replace(campylobacter, "id: campylobacter", "id: Campylobacter_rate");

    assertOneProblem(
        campylobacter,
        "id: Campylobacter_rate",
        "the id 'Campylobacter_rate' must be lower-case letters, digits and hyphens");
  }

  // ---- values ----

  @Test
  void reportsAnUnknownValueType() {
    cat.replace(campylobacter, "value-type: crude-rate", "value-type: rate");

    assertOneProblem(
        campylobacter, "value-type: rate", "unknown value type 'rate': use one of proportion,");
  }

  @Test
  void reportsAnUnknownPolarity() {
    cat.replace(campylobacter, "polarity: low-is-good", "polarity: down");

    assertOneProblem(
        campylobacter,
        "polarity: down",
        "unknown polarity 'down': use high-is-good, low-is-good or no-judgement");
  }

  @Test
  void readsTheComparisonMethodByLabelOrFingertipsNumberAndDefaultsToCiOverlap() {
    assertEquals(ComparisonMethod.CI_OVERLAP, indicator("campylobacter").comparison());

    cat.insertAfter(campylobacter, "polarity: low-is-good", "comparison: 17");
    assertEquals(ComparisonMethod.TWO_LEVEL, indicator("campylobacter").comparison());

    cat.replace(campylobacter, "comparison: 17", "comparison: double-overlap");
    assertEquals(ComparisonMethod.DOUBLE_OVERLAP, indicator("campylobacter").comparison());
  }

  @Test
  void reportsAnUnknownComparisonMethod() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "comparison: funnel");

    assertOneProblem(
        campylobacter,
        "comparison: funnel",
        "unknown comparison method 'funnel': use ci-overlap, two-level, double-overlap,");
  }

  @Test
  void refusesQuintilesWhichNeedEveryAreaInEngland() {
    cat.insertAfter(campylobacter, "polarity: low-is-good", "comparison: quintiles");

    assertOneProblem(
        campylobacter,
        "comparison: quintiles",
        "quintiles rank every area of a type in England, which the report's data do not hold");
  }

  @Test
  void reportsAnOutcomeTheFrameworkDoesNotHave() {
    cat.replace(campylobacter, OUTCOME, "outcome: 7");

    assertOneProblem(
        campylobacter,
        "outcome: 7",
        "outcome 7 is not one of the framework's outcomes [1, 2, 3, 4]");
  }

  @Test
  void reportsAnAmbitionTheFrameworkDoesNotHave() {
    cat.replace(campylobacter, AMBITION, "ambition: 9");

    assertOneProblem(
        campylobacter,
        "ambition: 9",
        "ambition 9 is not one of the framework's ambitions [1, 2, 3]");
  }

  @Test
  void reportsAnAmbitionOutOfRange() {
    cat.replace(campylobacter, AMBITION, "ambition: 100");

    assertOneProblem(campylobacter, "ambition: 100", "'ambition' must be from 1 to 99, not 100");
  }

  @Test
  void reportsAnAmbitionThatIsNotAWholeNumber() {
    cat.replace(campylobacter, AMBITION, "ambition: two");

    assertOneProblem(
        campylobacter, "ambition: two", "'ambition' must be a whole number, not 'two'");
  }

  @Test
  void reportsABenchmarkNotListedInTheFrameworkAreas() {
    cat.replace(
        campylobacter, "benchmarks: [E12000007, E92000001]", "benchmarks: [E12000007, E12000008]");

    assertOneProblem(
        campylobacter,
        "benchmarks: [E12000007, E12000008]",
        "the benchmark E12000008 is not listed under 'areas' in framework.yaml");
  }

  @Test
  void reportsAFocusAreaNotListedInTheFrameworkAreas() {
    cat.replace(framework, "focus: [E09000020, E09000033]", "focus: [E09000020, E09000001]");

    assertOneProblem(
        framework,
        "focus: [E09000020, E09000001]",
        "the focus area E09000001 is not listed under 'areas'");
  }

  // ---- YAML itself ----

  @Test
  void reportsAKeyGivenTwiceAtItsSecondOccurrence() {
    cat.insertAfter(campylobacter, "unit: per 100,000", "unit: per 100,000 population");

    assertOneProblem(
        campylobacter, "unit: per 100,000 population", "'unit' is given twice; keep one");
  }

  // ---- one indicator, for the commands about one ----

  @Test
  void oneIndicatorIsReadWithTheFrameworkAndNotTheOthers() {
    cat.replace(campylobacter, "  name: OHID Fingertips", "  name: OHID: Fingertips");

    CatalogueReader.Result one = CatalogueReader.readOne(cat.indicators(), "life-expectancy");

    assertEquals(List.of(), one.problems(), "campylobacter.yaml is not read");
    assertEquals(
        List.of("life-expectancy"),
        one.catalogue().indicators().stream().map(Indicator::id).toList());
    assertEquals(
        CatalogueReader.read(cat.indicators()).catalogue().framework(),
        one.catalogue().framework());
  }

  @Test
  void oneIndicatorIsCheckedAsTheWholeCatalogueChecksIt() {
    cat.replace(campylobacter, "outcome: 3", "outcome: 7");

    assertEquals(
        CatalogueReader.read(cat.indicators()).problems(),
        CatalogueReader.readOne(cat.indicators(), "campylobacter").problems());
    assertEquals(1, CatalogueReader.readOne(cat.indicators(), "campylobacter").problems().size());
  }

  @Test
  void anIdNamingNoFileOfItsOwnReadsTheWholeCatalogue() throws Exception {
    for (String id : List.of("nosuch", "../indicators/campylobacter", "Campylobacter")) {
      CatalogueReader.Result one = CatalogueReader.readOne(cat.indicators(), id);
      assertEquals(List.of(), one.problems(), id);
      assertEquals(2, one.catalogue().indicators().size(), id + ": every id, to list them");
    }
    // two files for one id: the whole catalogue, which says so
    Files.copy(campylobacter, cat.indicator("campylobacter.yml"));
    assertEquals(
        CatalogueReader.read(cat.indicators()).problems(),
        CatalogueReader.readOne(cat.indicators(), "campylobacter").problems());
  }

  @Test
  void reportsAnIndicatorFileThatIsNotValidYamlAndReadsTheOthers() {
    cat.replace(campylobacter, "  name: OHID Fingertips", "  name: OHID: Fingertips");

    assertOneProblem(
        campylobacter,
        "  name: OHID: Fingertips",
        "not valid YAML: mapping values are not allowed here");
    assertEquals(
        List.of("life-expectancy"),
        CatalogueReader.read(cat.indicators()).catalogue().indicators().stream()
            .map(Indicator::id)
            .toList());
  }

  @Test
  void reportsAnIndicatorFileThatIsNotUtf8InWords() throws java.io.IOException {
    java.nio.file.Files.write(
        campylobacter, new byte[] {'i', 'd', ':', ' ', (byte) 0x84, (byte) 0xFE, '\n'});

    assertOneProblem(campylobacter, 0, "is not UTF-8 text: save it as UTF-8");
  }

  @Test
  void reportsAnIndicatorFileNestedTooDeeplyInWords() throws java.io.IOException {
    java.nio.file.Files.writeString(
        campylobacter, "id: x\nnotes: " + "[".repeat(5000) + "]".repeat(5000) + "\n");

    CatalogueReader.Result r = CatalogueReader.read(cat.indicators());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(
        "nested more than 20 levels deep: is it really an indicator file?",
        r.problems().get(0).message());
  }

  @Test
  void refusesAFrameworkThatIsNotValidYamlNamingTheLine() {
    cat.replace(framework, "    name: Westminster", "    name: City of: Westminster");

    OutcomesException e =
        assertThrows(OutcomesException.class, () -> CatalogueReader.read(cat.indicators()));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(framework.toString(), e.location().file());
    assertEquals(
        CatalogueFixture.lineOf(framework, "    name: City of: Westminster"),
        e.location().line(),
        e.describe());
    assertEquals("not valid YAML: mapping values are not allowed here", e.getMessage());
  }

  // ---- data entries ----

  @Test
  void reportsADataPathThatClimbsOutOfTheDataFolder() {
    cat.replace(
        campylobacter,
        "  - file: real/campylobacter_93356_london_2015-2017.csv",
        "  - file: ../real/campylobacter_93356_london_2015-2017.csv");

    assertOneProblem(
        campylobacter,
        "  - file: ../real/campylobacter_93356_london_2015-2017.csv",
        "must be a path inside the data folder");
  }

  @Test
  void reportsADataPathStartingWithASlash() {
    cat.replace(
        campylobacter,
        "  - file: real/campylobacter_93356_london_2015-2017.csv",
        "  - file: /etc/passwd");

    assertOneProblem(
        campylobacter,
        "  - file: /etc/passwd",
        "the file '/etc/passwd' must be a path inside the data folder");
  }

  @Test
  void reportsAnUnknownLayout() {
    cat.replace(campylobacter, "    layout: fingertips", "    layout: tall");

    assertOneProblem(
        campylobacter, "    layout: tall", "unknown layout 'tall': use fingertips, long or wide");
  }

  @Test
  void reportsAnUnknownOrigin() {
    cat.replace(campylobacter, "    origin: real", "    origin: modelled");

    assertOneProblem(
        campylobacter,
        "    origin: modelled",
        "unknown origin 'modelled': use real or illustrative");
  }

  @Test
  void reportsAnUnknownEncoding() {
    cat.replace(lifeExpectancy, "    encoding: UTF-8", "    encoding: klingon");

    assertOneProblem(lifeExpectancy, "    encoding: klingon", "unknown encoding 'klingon'");
  }

  @Test
  void reportsAMalformedEncodingNameAsUnknown() {
    cat.replace(lifeExpectancy, "    encoding: UTF-8", "    encoding: UTF 8");

    assertOneProblem(lifeExpectancy, "    encoding: UTF 8", "unknown encoding 'UTF 8'");
  }

  @Test
  void reportsAFingertipsLayoutGivenColumns() {
    cat.insertAfter(campylobacter, "    layout: fingertips", "    columns: {value: Value}");

    assertOneProblem(
        campylobacter,
        "    layout: fingertips",
        "a fingertips layout is read by its own header: drop 'columns', 'values' and 'wide'");
  }

  @Test
  void reportsALongLayoutWithoutAnAreaCodeColumn() {
    cat.delete(lifeExpectancy, "      area-code: area_code");

    assertOneProblem(
        lifeExpectancy,
        "  - file: real/life_expectancy_90366_2021-2024.csv",
        "a long layout needs 'columns' with at least area-code");
  }

  @Test
  void reportsAnUnknownFieldNameInColumns() {
    cat.replace(
        lifeExpectancy,
        "      compared-to-england: compared_to_England",
        "      compared-to-london: compared_to_England");

    assertOneProblem(
        lifeExpectancy,
        "      compared-to-london: compared_to_England",
        "unknown field 'compared-to-london'; expected one of indicator-id,");
  }

  @Test
  void reportsSeveralColumnsForAFieldThatCannotBeAddedUp() {
    cat.replace(
        lifeExpectancy, "      area-name: area_name", "      area-name: [area_name, area_type]");

    assertOneProblem(
        lifeExpectancy,
        "      area-name: [area_name, area_type]",
        "only value, count and denominator may add up several columns");
  }

  @Test
  void reportsEveryProblemOfEveryFileAtOnce() {
    cat.replace(campylobacter, "polarity: low-is-good", "polarity: down");
    cat.replace(lifeExpectancy, "    layout: long", "    layout: wide");

    List<Problem> problems = CatalogueReader.read(cat.indicators()).problems();
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(campylobacter.toString(), problems.get(0).location().file());
    assertEquals(lifeExpectancy.toString(), problems.get(1).location().file());
  }

  @Test
  void refusesAFolderWithoutFrameworkYaml() throws Exception {
    Files.delete(framework);

    OutcomesException e =
        assertThrows(OutcomesException.class, () -> CatalogueReader.read(cat.indicators()));
    assertEquals(OutcomesException.Kind.MISSING_INPUT, e.kind());
    assertEquals(Location.of(framework.toString()), e.location());
  }

  @Test
  void refusesAMissingIndicatorsFolder() {
    Path none = dir.resolve("none");

    OutcomesException e = assertThrows(OutcomesException.class, () -> CatalogueReader.read(none));
    assertEquals(OutcomesException.Kind.MISSING_INPUT, e.kind());
    assertEquals(Location.of(none.toString()), e.location());
  }

  // ---- helpers ----

  private Indicator indicator(String id) {
    return CatalogueReader.read(cat.indicators()).catalogue().indicator(id).orElseThrow();
  }

  private void assertOneProblem(Path file, String line, String messagePart) {
    assertOneProblem(file, CatalogueFixture.lineOf(file, line), messagePart);
  }

  private void assertOneProblem(Path file, int line, String messagePart) {
    CatalogueReader.Result r = CatalogueReader.read(cat.indicators());
    assertEquals(1, r.problems().size(), "exactly one problem: " + r.problems());
    Problem p = r.problems().get(0);
    assertEquals(file.toString(), p.location().file(), p.toString());
    assertEquals(line, p.location().line(), p.toString());
    assertTrue(
        p.message().contains(messagePart),
        "message should contain '" + messagePart + "': " + p.message());
    assertNotNull(
        r.catalogue(), "the framework was read, so the rest of the catalogue is returned");
  }
}
