package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.AreaFilter;
import outcomes.model.ColumnMapping;
import outcomes.model.Field;
import outcomes.model.Problem;

/**
 * The mapping keys for sources read as they come (wide layouts, header rows, sheets, area filters):
 * a valid one is read whole, and each way one can be wrong is a problem at its file and line.
 */
class MappingParserTest {
  private static final String LAYOUT = "    layout: long";
  private static final String WIDE =
      "    wide: {pattern: \"(?<period>[^;]+);(?<sex>[^;]+);(?<measure>.+)\","
          + " measures: {value: Life expectancy at birth, lower-95: 95% Lower}}";

  @TempDir Path dir;
  private CatalogueFixture cat;
  private Path le;

  @BeforeEach
  void copyTheValidCatalogue() {
    cat = CatalogueFixture.copyInto(dir);
    le = cat.indicator("life-expectancy.yaml");
    cat.delete(le, "      period: period");
    cat.delete(le, "      value: value");
    cat.delete(le, "      sex: inequality");
  }

  @Test
  void readsAWideMappingWithItsPatternMeasuresHeaderRowsAndAreas() {
    cat.replace(
        le,
        LAYOUT,
        "    layout: wide",
        WIDE,
        "    header-rows: 2",
        "    areas: {codes: [E09000033, E92000001], within: [E09000033, E09000020]}");

    CatalogueReader.Result r = CatalogueReader.read(cat.indicators());
    assertEquals(List.of(), r.problems());
    ColumnMapping m =
        r.catalogue().indicator("life-expectancy").orElseThrow().data().get(0).mapping();
    assertEquals(ColumnMapping.Layout.WIDE, m.layout());
    assertEquals("(?<period>[^;]+);(?<sex>[^;]+);(?<measure>.+)", m.wide().pattern());
    assertEquals(
        Map.of(Field.VALUE, "Life expectancy at birth", Field.LOWER_95, "95% Lower"),
        m.wide().measures());
    assertEquals(2, m.headerRows());
    assertEquals(
        new AreaFilter(List.of("E09000033", "E92000001"), List.of("E09000033", "E09000020")),
        m.areas());
    assertEquals("", m.sheet());
  }

  @Test
  void reportsAWideLayoutWithoutItsPattern() {
    cat.replace(le, LAYOUT, "    layout: wide");
    assertOneProblem(
        "    layout: wide", "a wide layout needs 'wide' with the pattern its column names follow");
  }

  @Test
  void reportsAPatternUnderALongLayout() {
    cat.insertAfter(le, LAYOUT, WIDE);
    assertOneProblem(WIDE, "'wide' belongs to a wide layout: write layout: wide");
  }

  @Test
  void reportsAPatternThatIsNotARegularExpression() {
    String bad = "    wide: {pattern: \"(?<period>[^;]+\"}";
    cat.replace(le, LAYOUT, "    layout: wide", bad);
    assertOneProblem(bad, "the pattern is not a valid regular expression: Unclosed group");
  }

  @Test
  void reportsAGroupThatIsNoField() {
    String bad = "    wide: {pattern: \"(?<year>\\\\d{4})\"}";
    cat.replace(le, LAYOUT, "    layout: wide", bad);
    assertOneProblem(
        bad, "the pattern's group (?<year>…) is not one of period, sex, age, category or measure");
  }

  @Test
  void reportsAMeasureGroupWithoutMeasures() {
    String bad = "    wide: {pattern: \"(?<period>[^;]+);(?<measure>.+)\"}";
    cat.replace(le, LAYOUT, "    layout: wide", bad);
    assertOneProblem(bad, "say under 'measures' which measure is which field");
  }

  @Test
  void reportsAMeasureThatIsNotANumber() {
    String bad =
        "    wide: {pattern: \"(?<period>[^;]+);(?<measure>.+)\", measures: {area-name: Name}}";
    cat.replace(le, LAYOUT, "    layout: wide", bad);
    assertOneProblem(bad, "a measure gives a number or the value note, not area-name");
  }

  @Test
  void reportsAFieldBothThePatternAndTheValuesGive() {
    cat.replace(le, LAYOUT, "    layout: wide", WIDE, "    values: {period: \"2019\"}");
    assertOneProblem(
        WIDE,
        "the pattern gives period from the column names, so 'columns' and 'values' must not give it too");
  }

  @Test
  void reportsASheetForACsvFile() {
    cat.insertAfter(le, LAYOUT, "    sheet: Table 1");
    assertOneProblem("    sheet: Table 1", "'sheet' belongs to an xlsx workbook");
  }

  @Test
  void reportsAWorkbookWithoutASheet() {
    String file = "  - file: real/life_expectancy_90366_2021-2024.csv";
    cat.replace(le, file, "  - file: real/life_expectancy.xlsx");
    cat.delete(le, "    encoding: UTF-8");
    assertOneProblem("  - file: real/life_expectancy.xlsx", "an xlsx workbook needs 'sheet'");
  }

  @Test
  void reportsAnEncodingForAWorkbook() {
    cat.replace(
        le,
        "  - file: real/life_expectancy_90366_2021-2024.csv",
        "  - file: real/life_expectancy.xlsx");
    cat.insertAfter(le, LAYOUT, "    sheet: Data");
    assertOneProblem(
        "    encoding: UTF-8", "an xlsx workbook has no text encoding: drop 'encoding'");
  }

  @Test
  void reportsAnXlsWorkbook() {
    cat.replace(
        le,
        "  - file: real/life_expectancy_90366_2021-2024.csv",
        "  - file: real/life_expectancy.xls");
    assertOneProblem(
        "  - file: real/life_expectancy.xls", "an .xls workbook (Excel 97-2003) is not read");
  }

  @Test
  void reportsAnAreaFilterThatKeepsNothingInParticular() {
    cat.insertAfter(le, LAYOUT, "    areas: {}");
    assertOneProblem(
        "    areas: {}",
        "'areas' must list 'codes' to keep, or parents to keep the areas 'within'");
  }

  @Test
  void reportsAnUnknownKeyInAnAreaFilter() {
    cat.insertAfter(le, LAYOUT, "    areas: {codes: [E09000033], wards-of: [E09000033]}");
    assertOneProblem(
        "    areas: {codes: [E09000033], wards-of: [E09000033]}", "unknown key 'wards-of'");
  }

  @Test
  void reportsTooManyHeaderRows() {
    cat.insertAfter(le, LAYOUT, "    header-rows: 11");
    assertOneProblem("    header-rows: 11", "'header-rows' must be from 1 to 10, not 11");
  }

  private void assertOneProblem(String line, String messagePart) {
    List<Problem> problems = CatalogueReader.read(cat.indicators()).problems();
    assertEquals(1, problems.size(), "exactly one problem: " + problems);
    Problem p = problems.get(0);
    assertEquals(le.toString(), p.location().file(), p.toString());
    assertEquals(CatalogueFixture.lineOf(le, line), p.location().line(), p.toString());
    assertTrue(
        p.message().contains(messagePart),
        "message should contain '" + messagePart + "': " + p.message());
  }
}
