package outcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import outcomes.csv.CsvRowSource;
import outcomes.model.Area;
import outcomes.model.AreaFilter;
import outcomes.model.AreaLookup;
import outcomes.model.ColumnMapping;
import outcomes.model.Field;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.Sex;
import outcomes.model.WideColumns;

/**
 * One case per way a real source is laid out, each read through a column mapping as the catalogue
 * declares it: the period, sex and measure in column names, two header rows, title lines, a
 * byte-order mark, header cells with line breaks, "%" and thousands separators, each missing
 * marker, declared and undeclared Latin-1, repeated column names, and area filters and names. The
 * fixtures are shaped like the bundled GLA, DWP and BBC files.
 */
class LayoutFeaturesTest {
  private static final String GLA_PATTERN = "(?<period>[^;]+);(?<sex>[^;]+);(?<measure>.+)";
  private static final Map<Field, String> GLA_MEASURES =
      Map.of(
          Field.VALUE,
          "Life expectancy at birth",
          Field.LOWER_95,
          "95% Lower",
          Field.UPPER_95,
          "95% Upper");
  private static final String GLA_HEADER =
      "Ward,Old Ward Code,Local Authority,Ward name,Geography,"
          + "2009-13;Male;Life expectancy at birth,2009-13;Male;95% Lower,2009-13;Male;95% Upper,"
          + "2010-14;Male;Life expectancy at birth,2010-14;Male;95% Lower,2010-14;Male;95% Upper,"
          + "2010-14;Female;Life expectancy at birth,2010-14;Female;95% Lower,2010-14;Female;95% Upper\r\n";
  private static final String GLA_ROWS =
      "E05000648,00BKGU,\"Westminster, City of\",Westbourne,Ward,75.1,73.2,77.0,75.3,73.7,76.8,80.7,79.3,82.1\r\n"
          + "E05000637,00BKGH,\"Westminster, City of\",Knightsbridge and Belgravia,Ward,88.6,85.1,92.1,89.3,85.8,92.8,93.1,89.6,96.6\r\n"
          + "E05000395,00AWGM,Kensington and Chelsea,Queens Gate,Ward,86.6,83.4,89.8,87.3,84.0,90.6,90.0,86.2,93.7\r\n"
          + "E05000001,00AAAA,Barnet,Somewhere,Ward,80.0,79.0,81.0,80.1,79.1,81.1,84.0,83.0,85.0\r\n"
          + "E09000033,00BK,\"Westminster, City of\",\"Westminster, City of\",Local Authority,81.7,81.2,82.2,81.9,81.4,82.4,85.7,85.2,86.2\r\n"
          + "E92000001,,,England,National,,,,79.4,79.3,79.4,83.1,83.1,83.1\r\n";

  @TempDir Path dir;

  // ---- wide layouts ----

  @Test
  void readsPeriodSexAndMeasureFromEachColumnName() throws IOException {
    Path file = write("gla.csv", GLA_HEADER + GLA_ROWS);

    List<Observation> obs = read(file, wide(GLA_PATTERN, GLA_MEASURES), AreaLookup.EMPTY);

    assertEquals(6 * 3, obs.size(), "three groups of columns per row");
    Observation westbourne = find(obs, "E05000648", Sex.MALE, "2010-14");
    assertEquals(OptionalDouble.of(75.3), westbourne.value());
    assertEquals(Optional.of(new Interval(73.7, 76.8)), westbourne.ci95());
    assertEquals(2, westbourne.provenance().line());
    assertEquals(OptionalDouble.of(93.1), find(obs, "E05000637", Sex.FEMALE, "2010-14").value());
    assertEquals(OptionalDouble.of(88.6), find(obs, "E05000637", Sex.MALE, "2009-13").value());
  }

  @Test
  void readsEveryMatchingColumnAsAValueWhenThePatternHasNoMeasure() throws IOException {
    Path file =
        write(
            "bbc.csv",
            "\"\",\"ONS Code\",\"Local Authority\",\"2010.000000\",\"2011.000000\",\"rate\"\n"
                + "\"1\",NA,NA,NA,NA,NA\n\"321\",\"E09000033\",\"Westminster\",128,106,2.17\n");

    List<Observation> obs =
        read(
            file,
            new ColumnMapping(
                ColumnMapping.Layout.WIDE,
                "UTF-8",
                1,
                Map.of(
                    Field.AREA_CODE,
                    List.of("ONS Code"),
                    Field.AREA_NAME,
                    List.of("Local Authority")),
                Map.of(),
                Map.of(),
                ColumnMapping.DEFAULT_MISSING,
                1,
                "",
                new WideColumns("(?<period>\\d{4})\\.000000", Map.of()),
                AreaFilter.ALL),
            AreaLookup.EMPTY);

    assertEquals(2, obs.size(), "the NA row is a table's note row; 'rate' is not a year column");
    assertEquals(OptionalDouble.of(106), find(obs, "E09000033", Sex.PERSONS, "2011").value());
  }

  @Test
  void takesFieldsTheColumnNamesDoNotGiveFromTheMapping() throws IOException {
    Path file =
        write(
            "sexes.csv",
            "code,Female 2019,Male 2019,Not known 2019,Total 2019\nE09000020,1,19,0,20\n");

    Map<Field, List<String>> cols = Map.of(Field.AREA_CODE, List.of("code"));
    List<Observation> obs =
        read(
            file,
            new ColumnMapping(
                ColumnMapping.Layout.WIDE,
                "UTF-8",
                1,
                cols,
                Map.of(Field.AGE, "All ages"),
                Map.of(),
                ColumnMapping.DEFAULT_MISSING,
                1,
                "",
                new WideColumns("(?<sex>Female|Male|Total) (?<period>\\d{4})", Map.of()),
                AreaFilter.ALL),
            AreaLookup.EMPTY);

    assertEquals(3, obs.size(), "'Not known' is not a sex the pattern reads");
    assertEquals(OptionalDouble.of(20), find(obs, "E09000020", Sex.PERSONS, "2019").value());
    assertEquals("All ages", obs.get(0).age().label());
  }

  @Test
  void readsCountAndValueMeasuresUnderTitleLinesWithABomLineBreaksPercentsAndSeparators()
      throws IOException {
    String text =
        "\uFEFF\"Table 2: Children in low income families\",,,,,\n"
            + "Source: DWP,,,,,\n"
            + "Local Authority [note 2],Area Code,\"Number of children \nFYE 2024\",\"Number of children \nFYE 2025\","
            + "\"Percentage of children \nFYE 2024\n(%)\n[note 3]\",\"Percentage of children \nFYE 2025\n(%)\n[note 3]\"\n"
            + "Westminster,E09000033,\"7,346\",\"6,903\",27.6%,26.3%\n";
    Path file = write("dwp.csv", text);

    ColumnMapping m =
        new ColumnMapping(
            ColumnMapping.Layout.WIDE,
            "UTF-8",
            3,
            Map.of(Field.AREA_CODE, List.of("Area Code"), Field.AREA_NAME, List.of("#1")),
            Map.of(),
            Map.of(),
            ColumnMapping.DEFAULT_MISSING,
            1,
            "",
            new WideColumns(
                "(?<measure>Number|Percentage) of children (?<period>FYE \\d{4}).*",
                Map.of(Field.COUNT, "Number", Field.VALUE, "Percentage")),
            AreaFilter.ALL);
    List<Observation> obs = read(file, m, AreaLookup.EMPTY);

    Observation fye2025 = find(obs, "E09000033", Sex.PERSONS, "FYE 2025");
    assertEquals(OptionalDouble.of(26.3), fye2025.value());
    assertEquals(OptionalDouble.of(6903), fye2025.count());
    assertEquals(
        12,
        fye2025.provenance().line(),
        "after two title lines and a header spread over nine lines");
  }

  @Test
  void readsAHeaderWhoseFirstNameCarriesAByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(
        file,
        "\uFEFFWard,2010-14;Male;Life expectancy at birth\r\nE05000648,75.3\r\n"
            .getBytes(StandardCharsets.UTF_8));
    ColumnMapping m =
        new ColumnMapping(
            ColumnMapping.Layout.WIDE,
            "UTF-8",
            1,
            Map.of(Field.AREA_CODE, List.of("Ward")),
            Map.of(),
            Map.of(),
            ColumnMapping.DEFAULT_MISSING,
            1,
            "",
            new WideColumns(GLA_PATTERN, Map.of(Field.VALUE, "Life expectancy at birth")),
            AreaFilter.ALL);

    assertEquals(
        OptionalDouble.of(75.3),
        find(read(file, m, AreaLookup.EMPTY), "E05000648", Sex.MALE, "2010-14").value());
  }

  @Test
  void readsAHeaderWrittenOverTwoRowsWithMergedCells() throws IOException {
    Path file =
        write(
            "atlas.csv",
            "Codes,Names,Male life expectancy,,Female life expectancy,\n"
                + "Codes,Names,2008-12,2009-13,2008-12,2009-13\n"
                + "E05000648,Westbourne,74.9,75.1,80.2,80.6\n");

    ColumnMapping m =
        new ColumnMapping(
            ColumnMapping.Layout.WIDE,
            "UTF-8",
            1,
            Map.of(Field.AREA_CODE, List.of("Codes")),
            Map.of(),
            Map.of(),
            ColumnMapping.DEFAULT_MISSING,
            2,
            "",
            new WideColumns("(?<sex>Male|Female) life expectancy \\| (?<period>.+)", Map.of()),
            AreaFilter.ALL);
    List<Observation> obs = read(file, m, AreaLookup.EMPTY);

    assertEquals(4, obs.size());
    assertEquals(OptionalDouble.of(75.1), find(obs, "E05000648", Sex.MALE, "2009-13").value());
    assertEquals(OptionalDouble.of(80.2), find(obs, "E05000648", Sex.FEMALE, "2008-12").value());
    assertEquals(3, obs.get(0).provenance().line());
  }

  @Test
  void joinsHeaderRowsCarryingMergedCellsRightwardsAndDroppingRepeats() {
    assertEquals(
        List.of(
            "Codes", "Life Expectancy | 2008-12", "Life Expectancy | 2009-13", "Age 65 | 2009-13"),
        StackedHeader.join(
            List.of(
                List.of("Codes", "Life Expectancy", "", "Age 65"),
                List.of("Codes", "2008-12", "2009-13", "2009-13"))));
  }

  @Test
  void refusesAPatternThatMatchesNoColumnAtTheHeaderLine() throws IOException {
    Path file = write("gla.csv", GLA_HEADER + GLA_ROWS);

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () -> read(file, wide("(?<period>\\d{4}) (?<sex>.+)", Map.of()), AreaLookup.EMPTY));
    assertEquals(1, e.location().line());
    assertTrue(e.getMessage().contains("matches no column name of the header"), e.getMessage());
  }

  @Test
  void refusesTwoColumnsGivingTheSameMeasureOfOneGroupNamingBoth() throws IOException {
    Path file = write("gla.csv", GLA_HEADER + GLA_ROWS);

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () ->
                read(
                    file,
                    wide("(?<period>[^;]+);[^;]+;(?<measure>.+)", GLA_MEASURES),
                    AreaLookup.EMPTY));
    assertEquals(12, e.location().column());
    assertTrue(
        e.getMessage().contains("columns 9 and 12 both give the value for period '2010-14'"),
        e.getMessage());
  }

  @Test
  void refusesAGroupWithLimitsButNoValue() throws IOException {
    Path file = write("gla.csv", GLA_HEADER + GLA_ROWS);

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () ->
                read(
                    file,
                    wide(
                        GLA_PATTERN,
                        Map.of(Field.LOWER_95, "95% Lower", Field.UPPER_95, "95% Upper")),
                    AreaLookup.EMPTY));
    assertTrue(
        e.getMessage().contains("hold no value or count, only lower-95, upper-95"), e.getMessage());
  }

  // ---- areas: filters on codes, names from the lookup ----

  @Test
  void keepsTheWardsWithinTheBoroughsByTheLookupsParentsAndTheListedAreas() throws IOException {
    Path file = write("gla.csv", GLA_HEADER + GLA_ROWS);
    AreaLookup lookup =
        new AreaLookup(
            List.of(
                new Area("E09000033", "Westminster", "London borough", "E12000007"),
                new Area(
                    "E05000648", "Westbourne", "Ward", "E09000033", "Westminster wards 2002-2022"),
                new Area(
                    "E05000637",
                    "Knightsbridge and Belgravia",
                    "Ward",
                    "E09000033",
                    "Westminster wards 2002-2022"),
                new Area(
                    "E05000395",
                    "Queen's Gate",
                    "Ward",
                    "E09000020",
                    "Kensington and Chelsea wards 2002-2014")),
            java.util.Set.of());
    ColumnMapping m =
        wide(
            GLA_PATTERN,
            GLA_MEASURES,
            new AreaFilter(List.of("E09000033", "E92000001"), List.of("E09000033", "E09000020")));

    List<Observation> obs = read(file, m, lookup);

    assertEquals(
        List.of("E05000648", "E05000637", "E05000395", "E09000033", "E92000001"),
        obs.stream().map(o -> o.area().code()).distinct().toList(),
        "Barnet's ward is not kept");
    Area queensGate = find(obs, "E05000395", Sex.MALE, "2010-14").area();
    assertEquals(
        "Queen's Gate", queensGate.name(), "the lookup's name, not the source's 'Queens Gate'");
    assertEquals("Kensington and Chelsea wards 2002-2014", queensGate.boundarySet());
    assertEquals("Westminster", find(obs, "E09000033", Sex.MALE, "2010-14").area().name());
    assertEquals(
        OptionalDouble.empty(),
        find(obs, "E92000001", Sex.MALE, "2009-13").value(),
        "England's empty cells are missing values, never 0");
  }

  @Test
  void keepsTheWardsWithinABoroughByTheRowsOwnParentCode() throws IOException {
    Path file =
        write(
            "dwp.csv",
            "Local Authority,Area Code,Ward,Area Code,Percent\n"
                + ",,United Kingdom,K02000001,26.0%\n"
                + "Westminster,E09000033,Westbourne,E05013809,44.2%\n"
                + "Chichester,E07000225,Westbourne,E05011686,36.0%\n");
    ColumnMapping m =
        new ColumnMapping(
            ColumnMapping.Layout.LONG,
            "UTF-8",
            1,
            Map.of(
                Field.AREA_CODE,
                List.of("#4"),
                Field.AREA_NAME,
                List.of("#3"),
                Field.PARENT_CODE,
                List.of("#2"),
                Field.VALUE,
                List.of("Percent")),
            Map.of(Field.PERIOD, "FYE 2025"),
            Map.of(),
            ColumnMapping.DEFAULT_MISSING,
            1,
            "",
            null,
            new AreaFilter(List.of(), List.of("E09000033")));

    List<Observation> obs = read(file, m, AreaLookup.EMPTY);

    assertEquals(1, obs.size());
    assertEquals(OptionalDouble.of(44.2), obs.get(0).value());
  }

  @Test
  void skipsRowsWithoutAnAreaCodeWhenOnlySomeAreasAreKept() throws IOException {
    Path file =
        write(
            "table1.csv",
            "ONS code,Local authority,2016,2017\nE92000001,England,4134,4751\n"
                + ",% change from previous year,15.8,14.9\nE09000033,Westminster,260,217\n");
    Map<Field, List<String>> cols = Map.of(Field.AREA_CODE, List.of("ONS code"));
    WideColumns years = new WideColumns("(?<period>\\d{4})", Map.of());

    List<Observation> obs =
        read(
            file,
            new ColumnMapping(
                ColumnMapping.Layout.WIDE,
                "UTF-8",
                1,
                cols,
                Map.of(),
                Map.of(),
                ColumnMapping.DEFAULT_MISSING,
                1,
                "",
                years,
                new AreaFilter(List.of("E09000033"), List.of())),
            AreaLookup.EMPTY);
    assertEquals(2, obs.size());

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () ->
                read(
                    file,
                    new ColumnMapping(
                        ColumnMapping.Layout.WIDE,
                        "UTF-8",
                        1,
                        cols,
                        Map.of(),
                        Map.of(),
                        ColumnMapping.DEFAULT_MISSING,
                        1,
                        "",
                        years,
                        AreaFilter.ALL),
                    AreaLookup.EMPTY));
    assertEquals(3, e.location().line(), "without a filter an empty code is still an error");
  }

  // ---- cells ----

  static List<String> markers() {
    return ColumnMapping.DEFAULT_MISSING;
  }

  @ParameterizedTest
  @MethodSource("markers")
  void readsEachMissingMarkerAsMissingKeepingItAsTheValueNote(String marker) throws IOException {
    Path file = write("marker.csv", "Code,Value\nE09000033,\"" + marker + "\"\n");

    Observation o = read(file, longMapping(), AreaLookup.EMPTY).get(0);

    assertEquals(OptionalDouble.empty(), o.value(), "'" + marker + "' is missing, never 0");
    assertEquals(marker.strip(), o.valueNote());
  }

  @ParameterizedTest
  @ValueSource(strings = {"44.2%", " 44.2 % ", "44.2"})
  void readsAPercentSign(String cell) throws IOException {
    Path file = write("pct.csv", "Code,Value\nE09000033," + cell + "\n");
    assertEquals(
        OptionalDouble.of(44.2), read(file, longMapping(), AreaLookup.EMPTY).get(0).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"6,903\"", "\"1,234,567.5\""})
  void readsThousandsSeparators(String cell) throws IOException {
    Path file = write("sep.csv", "Code,Value\nE09000033," + cell + "\n");
    double expected = Double.parseDouble(cell.replace("\"", "").replace(",", ""));
    assertEquals(
        OptionalDouble.of(expected), read(file, longMapping(), AreaLookup.EMPTY).get(0).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
  void readsADeclaredLatin1File(String encoding) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        "Code,Name,Value\r\nE05000001,Caf\u00e9 Ward,1.5\r\n".getBytes(Charset.forName(encoding)));

    ColumnMapping m =
        new ColumnMapping(
            ColumnMapping.Layout.LONG,
            encoding,
            1,
            Map.of(
                Field.AREA_CODE,
                List.of("Code"),
                Field.AREA_NAME,
                List.of("Name"),
                Field.VALUE,
                List.of("Value")),
            Map.of(Field.PERIOD, "2019"),
            Map.of(),
            ColumnMapping.DEFAULT_MISSING);
    assertEquals("Caf\u00e9 Ward", read(file, m, AreaLookup.EMPTY).get(0).area().name());
  }

  @Test
  void refusesAnUndeclaredLatin1ByteNamingFileLineAndColumn() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        "Code,Name,Value\r\nE05000001,Plain,1\r\nE05000002,\"Caf\u00e9, Ward\",2\r\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    OutcomesException e =
        assertThrows(OutcomesException.class, () -> read(file, longMapping(), AreaLookup.EMPTY));
    assertEquals(file.toString(), e.location().file());
    assertEquals(3, e.location().line());
    assertEquals(2, e.location().column());
    assertTrue(e.getMessage().contains("encoding: windows-1252"), e.getMessage());
  }

  @Test
  void addressesRepeatedColumnNamesByPosition() throws IOException {
    Path file =
        write(
            "dup.csv",
            "Local Authority,Area Code,Ward,Area Code,Value\n"
                + "Westminster,E09000033,Westbourne,E05013809,44.2\n");

    ColumnMapping byName =
        longMapping(Map.of(Field.AREA_CODE, List.of("Area Code"), Field.VALUE, List.of("Value")));
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> read(file, byName, AreaLookup.EMPTY));
    assertTrue(
        e.getMessage().contains("address it by position in the mapping, #2 or #4"), e.getMessage());

    ColumnMapping byPosition =
        longMapping(Map.of(Field.AREA_CODE, List.of("#4"), Field.VALUE, List.of("Value")));
    assertEquals("E05013809", read(file, byPosition, AreaLookup.EMPTY).get(0).area().code());
  }

  // ---- helpers ----

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static ColumnMapping wide(String pattern, Map<Field, String> measures) {
    return wide(pattern, measures, AreaFilter.ALL);
  }

  private static ColumnMapping wide(String pattern, Map<Field, String> measures, AreaFilter areas) {
    return new ColumnMapping(
        ColumnMapping.Layout.WIDE,
        "UTF-8",
        1,
        Map.of(
            Field.AREA_CODE,
            List.of("Ward"),
            Field.AREA_NAME,
            List.of("Ward name"),
            Field.AREA_TYPE,
            List.of("Geography")),
        Map.of(),
        Map.of(),
        ColumnMapping.DEFAULT_MISSING,
        1,
        "",
        new WideColumns(pattern, measures),
        areas);
  }

  private static ColumnMapping longMapping() {
    return longMapping(Map.of(Field.AREA_CODE, List.of("Code"), Field.VALUE, List.of("Value")));
  }

  private static ColumnMapping longMapping(Map<Field, List<String>> columns) {
    return new ColumnMapping(
        ColumnMapping.Layout.LONG,
        "UTF-8",
        1,
        new EnumMap<>(columns),
        Map.of(Field.PERIOD, "2019"),
        Map.of(),
        ColumnMapping.DEFAULT_MISSING);
  }

  static List<Observation> read(Path file, ColumnMapping m, AreaLookup lookup) {
    List<Observation> out = new ArrayList<>();
    try (RowSource rows =
        StackedHeader.of(CsvRowSource.open(file, m.encoding(), m.headerRow()), m.headerRows())) {
      ObservationReader.read(rows, m, "test", Origin.REAL, lookup, out::add, p -> {});
    }
    return out;
  }

  private static Observation find(List<Observation> obs, String code, Sex sex, String period) {
    return obs.stream()
        .filter(
            o ->
                o.area().code().equals(code) && o.sex() == sex && o.period().label().equals(period))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no " + code + " " + sex + " " + period + " in " + obs.size()));
  }
}
