package outcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import outcomes.csv.CsvRowSource;
import outcomes.model.Age;
import outcomes.model.Category;
import outcomes.model.ColumnMapping;
import outcomes.model.Field;
import outcomes.model.Interval;
import outcomes.model.Location;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import outcomes.model.Sex;

/**
 * Rows into observations: real Fingertips rows in both header variants, a missing value kept
 * missing, and one test for each cell a reader must refuse, with the line and column it names. Row
 * k of the London fixtures starts on line 2k (the quoted Indicator Name spans two lines).
 */
class ObservationReaderTest {
  @TempDir Path dir;

  // ---- Fingertips layout ----

  @Test
  void readsRealRowsWithTheirFiguresAndProvenance() {
    List<Observation> obs = read(Extract.resource(Extract.REAL_26), ColumnMapping.fingertips());

    assertEquals(12, obs.size());
    Observation kc2015 = obs.get(2);
    assertEquals("test", kc2015.indicatorId(), "the id the caller gives, not the extract's");
    assertEquals("E09000020", kc2015.area().code());
    assertEquals("Kensington and Chelsea", kc2015.area().name());
    assertEquals("County & UA", kc2015.area().type());
    assertEquals("E12000007", kc2015.area().parentCode());
    assertEquals(Sex.PERSONS, kc2015.sex());
    assertEquals(Age.ALL, kc2015.age());
    assertEquals(Category.NONE, kc2015.category());
    assertEquals("2015", kc2015.period().label());
    assertEquals(20150000L, kc2015.period().sortKey());
    assertEquals(OptionalDouble.of(58.3345486364299), kc2015.value());
    assertEquals(Optional.of(new Interval(47.0258779584932, 71.5421456421208)), kc2015.ci95());
    assertEquals(Optional.empty(), kc2015.ci998(), "empty 99.8% limits stay absent");
    assertEquals(OptionalDouble.of(92), kc2015.count());
    assertEquals(OptionalDouble.of(157711), kc2015.denominator());
    assertEquals("Better", kc2015.labels().comparedToEngland());
    assertEquals("Similar", kc2015.labels().comparedToParent());
    assertEquals(6, kc2015.provenance().line(), "record 3 starts on line 6");
    assertEquals(Origin.REAL, kc2015.provenance().origin());
  }

  @Test
  void readsTheTwentySixAndTwentySevenColumnHeadersToTheSameObservations() {
    List<Observation> a = read(Extract.resource(Extract.REAL_26), ColumnMapping.fingertips());
    List<Observation> b = read(Extract.resource(Extract.REAL_27), ColumnMapping.fingertips());

    assertEquals(12, b.size());
    for (int i = 0; i < a.size(); i++) {
      Observation x = a.get(i);
      Observation y = b.get(i);
      assertEquals(x.seriesKey(), y.seriesKey());
      assertEquals(x.period(), y.period());
      assertEquals(x.value(), y.value());
      assertEquals(x.ci95(), y.ci95());
      assertEquals(x.count(), y.count());
      assertEquals(x.denominator(), y.denominator());
      assertEquals(x.provenance().line(), y.provenance().line());
    }
  }

  @Test
  void keepsAnEmptyCellMissingNeverZero() {
    // The real London rows have no limits; blank a value as well.
    Path file =
        Extract.of(Extract.REAL_26)
            .set(2, "Value", "")
            .set(2, "Count", "")
            .write(dir.resolve("blank.csv"));

    Observation london = read(file, ColumnMapping.fingertips()).get(1);
    assertEquals("E12000007", london.area().code());
    assertFalse(london.hasValue());
    assertEquals(OptionalDouble.empty(), london.value());
    assertEquals(OptionalDouble.empty(), london.count());
    assertEquals(Optional.empty(), london.ci95());
    assertEquals("Aggregated from all known lower geography values", london.valueNote());
  }

  @Test
  void readsOnlyTheRowsItIsToldToKeep() {
    ColumnMapping onlyKc =
        new ColumnMapping(
            ColumnMapping.Layout.FINGERTIPS,
            "UTF-8",
            1,
            Map.of(),
            Map.of(),
            Map.of("Area Code", List.of("E09000020")),
            List.of(""));

    List<Observation> obs = read(Extract.resource(Extract.REAL_26), onlyKc);
    assertEquals(List.of(6L, 14L, 22L), obs.stream().map(o -> o.provenance().line()).toList());
  }

  @ParameterizedTest(name = "Value \"{0}\"")
  @ValueSource(strings = {"abc", "NaN", "Infinity", "-Infinity", "1.5d", "0x10", "1e999", "58,3"})
  void refusesAValueThatIsNotAPlainNumber(String cell) {
    Path file = Extract.of(Extract.REAL_26).set(3, "Value", cell).write(dir.resolve("v.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(e, new Location(file.toString(), 6, 13), "value '" + cell + "' is not a number");
  }

  @Test
  void refusesReversedLimits() {
    Path file =
        Extract.of(Extract.REAL_26)
            .set(3, "Lower CI 95.0 limit", "71.5421456421208")
            .set(3, "Upper CI 95.0 limit", "47.0258779584932")
            .write(dir.resolve("reversed.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(e, new Location(file.toString(), 6, 14), "the limits are reversed");
  }

  /**
   * Fingertips rounds some values but not their limits (a real file has a value of 17 with limits
   * 17.025 to 17.071): the row is read, with its limits, and the data-quality policy warns.
   */
  @Test
  void readsAValueOutsideItsLimitsWithAWarning() {
    Path file =
        Extract.of(Extract.REAL_26).set(3, "Value", "85.3").write(dir.resolve("outside.csv"));
    List<Problem> found = new ArrayList<>();
    List<Observation> out = new ArrayList<>();

    try (CsvRowSource rows = CsvRowSource.open(file, "UTF-8", 1)) {
      ObservationReader.read(
          rows,
          ColumnMapping.fingertips(),
          "test",
          Origin.REAL,
          outcomes.model.AreaLookup.EMPTY,
          out::add,
          found::add);
    }
    assertEquals(12, out.size(), "every row read");
    assertEquals(85.3, out.get(2).value().getAsDouble());
    assertEquals(47.0258779584932, out.get(2).ci95().orElseThrow().lower());
    assertEquals(1, found.size());
    assertEquals(new Location(file.toString(), 6, 13), found.get(0).location());
    assertEquals(outcomes.model.Severity.WARNING, found.get(0).severity());
    assertTrue(
        found
            .get(0)
            .message()
            .startsWith(
                "the value 85.3 lies outside its limits 47.0258779584932 to 71.5421456421208"),
        found.get(0).message());
  }

  @Test
  void refusesARowCutShortNamingTheFirstMissingCell() {
    // Record 3 stops after its Category cell: the Time period (column 12) is gone.
    Path file = Extract.of(Extract.REAL_26).truncateRow(3, 11).write(dir.resolve("cut.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(
        e, new Location(file.toString(), 6, 12), "this row has only 11 cells but 24 are needed");
  }

  @Test
  void refusesANegativeCount() {
    Path file = Extract.of(Extract.REAL_26).set(3, "Count", "-92").write(dir.resolve("neg.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(e, new Location(file.toString(), 6, 18), "count -92.0 is negative");
  }

  @Test
  void refusesAnUnknownSex() {
    Path file = Extract.of(Extract.REAL_26).set(3, "Sex", "Unknown").write(dir.resolve("sex.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(e, new Location(file.toString(), 6, 8), "unknown sex 'Unknown'");
  }

  @Test
  void refusesAPeriodItCannotRead() {
    Path file =
        Extract.of(Extract.REAL_26).set(3, "Time period", "last year").write(dir.resolve("p.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(e, new Location(file.toString(), 6, 12), "Not a time period: \"last year\"");
  }

  @Test
  void refusesASortableThatIsNotAWholeNumber() {
    Path file =
        Extract.of(Extract.REAL_26)
            .set(3, "Time period Sortable", "2015.5")
            .write(dir.resolve("s.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(e, new Location(file.toString(), 6, 24), "'2015.5' is not a whole number");
  }

  /** A row filter names a column by any spelling; one the file lacks is an error, not 0 rows. */
  @Test
  void filtersAFingertipsFileByAnySpellingOfAColumnAndRefusesOneItLacks() {
    Path file =
        Extract.of(Extract.REAL_26)
            .renameColumn(1, "IndicatorID")
            .renameColumn(8, "Gender")
            .write(dir.resolve("r.csv"));

    assertEquals(
        12,
        read(file, ColumnMapping.fingertips().withWhere(Map.of("Indicator ID", List.of("93356"))))
            .size());
    assertEquals(
        0,
        read(file, ColumnMapping.fingertips().withWhere(Map.of("Indicator ID", List.of("90366"))))
            .size());
    OutcomesException e =
        fails(file, ColumnMapping.fingertips().withWhere(Map.of("Sex", List.of("Persons"))));
    assertBadInput(
        e,
        new Location(file.toString(), 1, 0),
        "the mapping names a column 'Sex' that" + " the header does not have");
  }

  @Test
  void refusesAFingertipsFileWithoutAValueColumn() {
    Path file = Extract.of(Extract.REAL_26).renameColumn(13, "Rate").write(dir.resolve("h.csv"));

    OutcomesException e = fails(file, ColumnMapping.fingertips());
    assertBadInput(
        e,
        new Location(file.toString(), 1, 0),
        "not a Fingertips file: the header has" + " no 'Value' column");
  }

  // ---- long layout through a column mapping ----

  @Test
  void readsALongFileThroughItsMappingWithMissingMarkersAndSpreadsheetNumbers() throws IOException {
    Path file =
        write(
            "long.csv",
            "Code,Name,Year,Percent,Boys,Girls\n"
                + "E09000020,Kensington and Chelsea,2023,44.2%,\"3,001\",\"2,902\"\n"
                + "E09000033,Westminster,2023,..,x,x\n");
    ColumnMapping m =
        longMapping(
            Map.of(
                Field.AREA_CODE,
                List.of("Code"),
                Field.AREA_NAME,
                List.of("Name"),
                Field.PERIOD,
                List.of("Year"),
                Field.VALUE,
                List.of("Percent"),
                Field.COUNT,
                List.of("Boys", "Girls")));

    List<Observation> obs = read(file, m);
    assertEquals(OptionalDouble.of(44.2), obs.get(0).value());
    assertEquals(OptionalDouble.of(5903), obs.get(0).count(), "counts over several columns add up");
    assertEquals(OptionalDouble.empty(), obs.get(1).value(), "'..' is missing, not 0");
    assertEquals("..", obs.get(1).valueNote(), "the marker is kept as the value note");
    assertEquals(OptionalDouble.empty(), obs.get(1).count(), "'x' is missing, not 0");
  }

  @Test
  void refusesARepeatedColumnNameAndSaysToAddressItByPosition() throws IOException {
    Path file = write("twice.csv", "Code,Year,Value,Value\nE09000020,2023,1,2\n");
    ColumnMapping byName =
        longMapping(
            Map.of(
                Field.AREA_CODE,
                List.of("Code"),
                Field.PERIOD,
                List.of("Year"),
                Field.VALUE,
                List.of("Value")));

    OutcomesException e = fails(file, byName);
    assertBadInput(
        e,
        new Location(file.toString(), 1, 4),
        "the column name 'Value' appears twice (columns 3 and 4): address it by position in the"
            + " mapping, #3 or #4");
  }

  @Test
  void readsARepeatedColumnByPosition() throws IOException {
    Path file = write("twice.csv", "Code,Year,Value,Value\nE09000020,2023,1,2\n");
    ColumnMapping byPosition =
        longMapping(
            Map.of(
                Field.AREA_CODE,
                List.of("Code"),
                Field.PERIOD,
                List.of("Year"),
                Field.VALUE,
                List.of("#4")));

    assertEquals(OptionalDouble.of(2), read(file, byPosition).get(0).value());
  }

  @Test
  void refusesAMappedColumnTheHeaderDoesNotHave() throws IOException {
    Path file = write("lacks.csv", "Code,Year,Rate\nE09000020,2023,1\n");
    ColumnMapping m =
        longMapping(
            Map.of(
                Field.AREA_CODE,
                List.of("Code"),
                Field.PERIOD,
                List.of("Year"),
                Field.VALUE,
                List.of("Value")));

    OutcomesException e = fails(file, m);
    assertBadInput(
        e,
        new Location(file.toString(), 1, 0),
        "the mapping names a column 'Value' that the header does not have");
  }

  @Test
  void refusesAPositionPastTheLastColumn() throws IOException {
    Path file = write("narrow.csv", "Code,Year,Value\nE09000020,2023,1\n");
    ColumnMapping m =
        longMapping(
            Map.of(
                Field.AREA_CODE,
                List.of("Code"),
                Field.PERIOD,
                List.of("Year"),
                Field.VALUE,
                List.of("#9")));

    OutcomesException e = fails(file, m);
    assertBadInput(
        e, new Location(file.toString(), 1, 0), "names column #9 but the header has 3 columns");
  }

  // ---- helpers ----

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static ColumnMapping longMapping(Map<Field, List<String>> columns) {
    return new ColumnMapping(
        ColumnMapping.Layout.LONG,
        "UTF-8",
        1,
        columns,
        Map.of(),
        Map.of(),
        ColumnMapping.DEFAULT_MISSING);
  }

  static List<Observation> read(Path file, ColumnMapping mapping) {
    List<Observation> out = new ArrayList<>();
    try (CsvRowSource rows = CsvRowSource.open(file, mapping.encoding(), mapping.headerRow())) {
      ObservationReader.read(rows, mapping, "test", Origin.REAL, out::add);
    }
    return out;
  }

  private static OutcomesException fails(Path file, ColumnMapping mapping) {
    return assertThrows(OutcomesException.class, () -> read(file, mapping));
  }

  private static void assertBadInput(OutcomesException e, Location at, String messagePart) {
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind(), e.describe());
    assertEquals(at, e.location(), e.describe());
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertTrue(e.describe().startsWith(at + ": "), e.describe());
  }
}
