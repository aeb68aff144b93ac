package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;

/**
 * `validate` finds whatever `report` would lose, one test per class: a file that gives no figure
 * (only a header, or rows all filtered away), a column moved under a position mapping, a
 * header-only ward lookup, a negative part of a summed count, a period in the future, and several
 * age groups with none for all ages. Each is exit 65 from `validate` and from `report`, which
 * writes nothing.
 */
class SilentDataLossTest {
  private static final String LE = "real/life_expectancy_90366_2021-2024.csv";

  @TempDir Path dir;

  private CatalogueFixture cat() {
    return CatalogueFixture.copyInto(dir.resolve("catalogue"));
  }

  /**
   * validate and report both refuse with 65, report writing nothing; the message is validate's
   * first line.
   */
  private String refused(CatalogueFixture cat) {
    CliRun validate =
        CliRun.of(
            "validate",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString());
    assertEquals(65, validate.code(), validate.toString());
    Path out = dir.resolve("out");
    CliRun report =
        CliRun.of(
            "report",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2026-12-07",
            "--quiet");
    assertEquals(65, report.code(), report.toString());
    assertEquals(1, report.err().lines().count(), report.err());
    assertTrue(!Files.exists(out.resolve("outcomes-framework.xlsx")), "nothing written");
    return validate.out();
  }

  private static void firstLineOnly(CatalogueFixture cat, Path file) throws IOException {
    String text = Files.readString(file);
    Files.writeString(file, text.substring(0, text.indexOf('\n') + 1));
  }

  @Test
  void aHeaderOnlyDataFile() throws IOException {
    CatalogueFixture cat = cat();
    firstLineOnly(cat, cat.dataFile(LE));
    String out = refused(cat);
    assertTrue(
        out.contains(
            LE
                + ": gives life-expectancy no figures: it has only a header, or its where:/areas:"
                + " keep none of its rows; check its mapping in "),
        out);
  }

  @Test
  void aRowFilterThatKeepsNoRow() {
    CatalogueFixture cat = cat();
    cat.replace(
        cat.indicator("life-expectancy.yaml"),
        "      measure: Life expectancy",
        "      measure: Life expectency");
    assertTrue(refused(cat).contains("gives life-expectancy no figures"));
  }

  @Test
  void aColumnMovedUnderAPositionMapping() {
    CatalogueFixture cat = cat();
    // the value is column 8, "value"; a mapping that expects it at 7 says so and is refused
    cat.replace(
        cat.indicator("life-expectancy.yaml"), "      value: value", "      value: \"#7: value\"");
    String out = refused(cat);
    assertTrue(
        out.contains(
            LE
                + ":1:7: column 7 is headed 'unit', not 'value' as the mapping says: the publisher"
                + " has moved or dropped a column; correct the position in the mapping"),
        out);
  }

  @Test
  void aPositionMappingWithItsHeaderTextIsRead() {
    CatalogueFixture cat = cat();
    cat.replace(
        cat.indicator("life-expectancy.yaml"), "      value: value", "      value: \"#8: Value\"");
    CliRun validate =
        CliRun.of(
            "validate",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString());
    assertEquals(0, validate.code(), validate.toString());
  }

  @Test
  void aHeaderOnlyWardLookup() throws IOException {
    CatalogueFixture cat = cat();
    Path lookup = cat.data().resolve("real/wards.csv");
    Files.writeString(
        lookup,
        "ward_code,ward_name,borough_code,borough_name,boundary_set,in_use_from,in_use_until\n");
    cat.insertAfter(
        cat.indicators().resolve("framework.yaml"),
        "focus: [E09000020, E09000033]",
        "ward-lookups: [real/wards.csv]");
    String out = refused(cat);
    assertTrue(out.contains("wards.csv:1: the ward lookup has a header but no wards"), out);
  }

  @Test
  void aNegativePartOfASummedCount() throws IOException {
    CatalogueFixture cat = cat();
    Path file = cat.dataFile(LE);
    Files.writeString(
        file,
        Files.readString(file)
            .replaceFirst("(?m)^(area_code,.*)$", "$1,a,b")
            .replaceAll("(?m)^(E.*(Male|Female))$", "$1,5,7")
            .replaceFirst("(?m)^(E92000001,England,Country,2021 - 23,.*,Male),5,7$", "$1,12,-3"));
    cat.insertAfter(
        cat.indicator("life-expectancy.yaml"), "      value: value", "      count: [a, b]");
    String out = refused(cat);
    assertTrue(
        out.contains(LE + ":2:12: count part '-3' is negative: a count is never below 0"), out);
  }

  @Test
  void aPeriodInTheFuture() throws IOException {
    CatalogueFixture cat = cat();
    Path file = cat.dataFile(LE);
    Files.writeString(file, Files.readString(file).replaceFirst("2021 - 23", "2091 - 93"));
    String out = refused(cat);
    assertTrue(out.contains(LE + ":2: the period 2091 - 93 starts after this month ("), out);
  }

  @Test
  void severalAgeGroupsAndNoneForAllAges() {
    CatalogueFixture cat = cat();
    // read a column with two texts as the age group: two age groups, neither "All ages"
    cat.insertAfter(
        cat.indicator("life-expectancy.yaml"), "      value: value", "      age: inequality");
    String out = refused(cat);
    assertTrue(
        out.contains("life-expectancy has figures for several age groups [Female, Male]"), out);
    assertTrue(
        out.contains("and none for all ages: keep one with where: in its files' mappings"), out);
  }

  @Test
  void aWardOfAnEndedSetWithALaterFigureOrAWardNoLookupLists() throws IOException {
    CatalogueFixture cat = cat();
    Files.writeString(
        cat.data().resolve("real/wards.csv"),
        String.join(
            "\n",
            "ward_code,ward_name,borough_code,borough_name,boundary_set,in_use_from,in_use_until",
            "E05000648,Westbourne,E09000033,Westminster,Westminster wards 2002-2022,2002,2022",
            "E05013809,Westbourne,E09000033,Westminster,Westminster wards since 2022,2022,",
            ""));
    cat.insertAfter(
        cat.indicators().resolve("framework.yaml"),
        "focus: [E09000020, E09000033]",
        "ward-lookups: [real/wards.csv]");
    Path file = cat.dataFile(LE);
    String row =
        "E05013809,Westbourne,Ward,2021 - 23,Life expectancy at birth,Life expectancy,Years,75.0,Not compared,Male\n";
    Files.writeString(file, Files.readString(file) + row);
    CliRun fine =
        CliRun.of(
            "validate",
            "--indicators",
            cat.indicators().toString(),
            "--data",
            cat.data().toString());
    assertEquals(
        0,
        fine.code(),
        "today's ward, a period before the set began, is a best-fit figure: " + fine);

    Files.writeString(
        file,
        Files.readString(file)
            + row.replace("E05013809", "E05000648").replace("2021 - 23", "2023 - 25")
            + row.replace("E05013809", "E05099999").replace("Westbourne", "Elsewhere"));
    String out = refused(cat);
    assertTrue(
        out.contains(
            LE
                + ":15: the ward Westbourne (E05000648) is of 'Westminster wards 2002-2022', in use"
                + " until 2022, but has a figure for 2023 - 25"),
        out);
    assertTrue(
        out.contains(LE + ":16: the ward Elsewhere (E05099999) is in none of the ward lookups"),
        out);
  }
}
