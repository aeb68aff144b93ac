package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.geo.WardBoundaries;
import outcomes.geo.WardShape;
import outcomes.model.Area;
import outcomes.model.AreaLookup;
import outcomes.model.Framework;
import outcomes.model.Problem;
import outcomes.model.Severity;

/**
 * The bundled boundaries give every ward of every boundary set in the ward lookups exactly one
 * boundary; and each kind of bad boundary file is one problem at its file, line and column that
 * says what to do, with nothing of that file drawn.
 */
class BoundaryReaderTest {
  private static final String FOCUS = "focus: [E09000020, E09000033]";
  private static final String DECLARED =
      "  - {file: real/wards.geojson, code: WD24CD, source: ONS}";
  private static final String SQUARE =
      "[[[-0.19,51.52],[-0.18,51.52],[-0.18,51.53],[-0.19,51.53],[-0.19,51.52]]]";

  @TempDir Path dir;
  private CatalogueFixture cat;

  @BeforeEach
  void copyTheValidCatalogue() {
    cat = CatalogueFixture.copyInto(dir);
  }

  @Test
  void everyWardOfEveryBundledBoundarySetHasOneBoundary() {
    Framework fw = CatalogueReader.read(Path.of("indicators")).orThrow().framework();
    AreaLookup lookup = AreaLookupReader.read(fw, Path.of("data")).lookup();
    BoundaryReader.Result r = BoundaryReader.read(fw, Path.of("data"), lookup);

    assertEquals(List.of(), r.problems());
    Map<String, Long> drawn =
        r.boundaries().all().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.ward().boundarySet(), TreeMap::new, Collectors.counting()));
    assertEquals(
        Map.of(
            "Kensington and Chelsea wards 2002-2014",
            18L,
            "Kensington and Chelsea wards since 2014",
            18L,
            "Westminster wards 2002-2022",
            20L,
            "Westminster wards since 2022",
            18L),
        drawn);
    for (Area ward : lookup.areas()) {
      if (!ward.boundarySet().isEmpty()) {
        WardShape s =
            r.boundaries()
                .of(ward.code())
                .orElseThrow(() -> new AssertionError(ward + " has no boundary"));
        assertEquals(ward, s.ward(), "named and placed by the lookup, not the file");
      }
    }
    assertTrue(
        r.boundaries().of("E05013809").orElseThrow().source().startsWith("ONS Wards (May 2025)"));
    assertTrue(r.boundaries().of("E05000648").orElseThrow().source().contains("CC BY 4.0"));
  }

  @Test
  void readsAPolygonAndAMultiPolygonWithAHoleAsTheirRings() {
    BoundaryReader.Result r =
        read(
            feature("E05000648", "Polygon", SQUARE),
            feature(
                "E05000637",
                "MultiPolygon",
                "["
                    + SQUARE
                    + ",[[[0,51],[1,51],[1,52],[0,51]],[[0.1,51.1],[0.2,51.1],[0.2,51.2],[0.1,51.1]]]]"));

    assertEquals(List.of(), r.problems());
    WardBoundaries b = r.boundaries();
    assertEquals(1, b.of("E05000648").orElseThrow().rings().size());
    assertEquals(3, b.of("E05000637").orElseThrow().rings().size());
    assertEquals(-0.19, b.of("E05000648").orElseThrow().rings().get(0).lon(0));
    assertEquals(51.52, b.of("E05000648").orElseThrow().rings().get(0).lat(0));
    assertEquals("Westbourne", b.of("E05000648").orElseThrow().ward().name());
  }

  @Test
  void aFileThatDoesNotExistIsAProblemAtItsLineInFrameworkYaml() {
    declare();
    Problem p = onlyProblem();
    assertEquals(cat.indicator("framework.yaml").toString(), p.location().file());
    assertEquals(
        CatalogueFixture.lineOf(cat.indicator("framework.yaml"), DECLARED), p.location().line());
    assertTrue(p.message().contains("wards.geojson does not exist"), p.message());
  }

  @Test
  void textThatIsNotJsonIsAProblemAtItsLineAndColumn() {
    Problem p =
        problemWith("{\"type\": \"FeatureCollection\",\n \"features\": [ {\"type\": Feature} ]}");
    assertEquals(2, p.location().line());
    assertTrue(p.location().column() >= 25, "at or just after the bad token: " + p.location());
    assertTrue(p.message().startsWith("not valid JSON: Unrecognized token 'Feature'"), p.message());
  }

  @Test
  void jsonThatIsNotAFeatureCollectionIsAProblem() {
    Problem p = problemWith("{\"type\": \"Feature\", \"features\": []}");
    assertTrue(
        p.message().contains("is not a GeoJSON FeatureCollection (its type is 'Feature')"),
        p.message());
  }

  @Test
  void aFileInTheNationalGridSaysToConvertIt() {
    Problem p =
        problemWith(
            "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
                + " {\"name\": \"urn:ogc:def:crs:EPSG::27700\"}}, \"features\": []}");
    assertEquals(1, p.location().line());
    assertTrue(
        p.message().contains("in urn:ogc:def:crs:EPSG::27700, not longitude and latitude: convert"),
        p.message());
  }

  @Test
  void eastingsAndNorthingsWithoutACrsSayToConvertTheFile() {
    Problem p =
        problemWith(
            collection(
                feature(
                    "E05000648",
                    "Polygon",
                    "[[[525238,179039],[525300,179039],[525300,179100],[525238,179039]]]")));
    assertTrue(
        p.message()
            .contains(
                "[525238.0, 179039.0] is not a longitude and latitude (British National Grid"),
        p.message());
    assertTrue(p.location().column() > 1, p.location().toString());
  }

  @Test
  void aFeatureWithoutTheCodePropertySaysWhichPropertyWasLookedFor() {
    Problem p =
        problemWith(
            collection(
                "{\"type\": \"Feature\", \"properties\": {\"WD25CD\": \"E05000648\"},"
                    + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
                    + SQUARE
                    + "}}"));
    assertTrue(
        p.message().contains("a feature has no WD24CD property: name the property"), p.message());
  }

  @Test
  void aWardThatIsNotAPolygonIsAProblem() {
    Problem p = problemWith(collection(feature("E05000648", "Point", "[-0.19, 51.52]")));
    assertTrue(
        p.message()
            .contains(
                "the ward E05000648 is a Point: a ward's boundary is a Polygon or MultiPolygon"),
        p.message());
  }

  @Test
  void aRingOfThreePositionsIsAProblem() {
    Problem p =
        problemWith(
            collection(
                feature("E05000648", "Polygon", "[[[-0.19,51.52],[-0.18,51.52],[-0.19,51.52]]]")));
    assertTrue(p.message().contains("four or more positions"), p.message());
  }

  @Test
  void aWardNoLookupListsIsAWarningAndIsNotDrawn() {
    BoundaryReader.Result r =
        read(feature("E05000648", "Polygon", SQUARE), feature("E05999999", "Polygon", SQUARE));
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(Severity.WARNING, r.problems().get(0).severity());
    assertTrue(
        r.problems().get(0).message().contains("E05999999 is in no ward lookup"),
        r.problems().get(0).message());
    assertEquals(1, r.boundaries().all().size());
  }

  @Test
  void aWardWithTwoBoundariesIsAProblemNamingTheFirst() {
    Problem p =
        problemWith(
            collection(
                feature("E05000648", "Polygon", SQUARE), feature("E05000648", "Polygon", SQUARE)));
    assertTrue(
        p.message()
            .contains(
                "E05000648 also has a boundary at " + cat.dataFile("real/wards.geojson") + ":"),
        p.message());
  }

  @Test
  void aFileTooLargeToBeABoroughsWardsIsRefusedUnread() throws IOException {
    declare();
    Path file = cat.dataFile("real/wards.geojson");
    Files.write(file, new byte[(int) BoundaryReader.MAX_BYTES + 1]);
    Problem p = onlyProblem();
    assertTrue(p.message().contains("is larger than 4 MB"), p.message());
  }

  @Test
  void aFileWithAProblemGivesNoBoundaryAtAll() {
    declare();
    cat.write(
        cat.dataFile("real/wards.geojson"),
        collection(
            feature("E05000648", "Polygon", SQUARE), feature("E05000637", "Point", "[0, 51]")));
    BoundaryReader.Result r = result();
    assertTrue(r.boundaries().isEmpty(), "no map from half a file");
  }

  @Test
  void anUnknownKeyAndAPathOutOfTheDataFolderAreCatalogueProblems() {
    cat.insertAfter(
        cat.indicator("framework.yaml"),
        FOCUS,
        "ward-boundaries:",
        "  - {file: ../wards.geojson, code: WD24CD, source: ONS}",
        "  - {file: real/w.geojson, code: X, source: Y, crs: Z}");
    List<Problem> problems = CatalogueReader.read(cat.indicators()).problems();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).message().contains("must be a path inside the data folder"),
        problems.toString());
    assertTrue(problems.get(1).message().contains("unknown key 'crs'"), problems.toString());
  }

  @Test
  void everyPrefixOfAFileIsReadOrRefusedWithAProblemNeverAnException() {
    declare();
    String whole =
        collection(
            feature("E05000648", "MultiPolygon", "[" + SQUARE + "]"),
            feature("E05000637", "Polygon", SQUARE));
    for (int n = 0; n < whole.length(); n++) {
      cat.write(cat.dataFile("real/wards.geojson"), whole.substring(0, n));
      BoundaryReader.Result r = result();
      assertEquals(1, r.problems().size(), n + ": " + whole.substring(0, n));
      assertTrue(r.boundaries().isEmpty(), n + ": nothing from a cut file");
    }
    cat.write(cat.dataFile("real/wards.geojson"), whole);
    assertEquals(2, result().boundaries().all().size());
  }

  private void declare() {
    cat.insertAfter(
        cat.indicator("framework.yaml"),
        FOCUS,
        "ward-lookups: [real/wards.csv]",
        "ward-boundaries:",
        DECLARED);
    cat.write(
        cat.dataFile("real/wards.csv"),
        "ward_code,ward_name,borough_code,boundary_set,in_use_until\n"
            + "E05000648,Westbourne,E09000033,Westminster wards 2002-2022,2022\n"
            + "E05000637,Knightsbridge and Belgravia,E09000033,Westminster wards 2002-2022,2022\n");
  }

  private BoundaryReader.Result read(String... features) {
    declare();
    cat.write(cat.dataFile("real/wards.geojson"), collection(features));
    return result();
  }

  private Problem problemWith(String geojson) {
    declare();
    cat.write(cat.dataFile("real/wards.geojson"), geojson);
    Problem p = onlyProblem();
    assertEquals(cat.dataFile("real/wards.geojson").toString(), p.location().file());
    return p;
  }

  private BoundaryReader.Result result() {
    CatalogueReader.Result c = CatalogueReader.read(cat.indicators());
    assertEquals(List.of(), c.problems());
    Framework fw = c.catalogue().framework();
    AreaLookupReader.Result lookup = AreaLookupReader.read(fw, cat.data());
    assertEquals(List.of(), lookup.problems());
    return BoundaryReader.read(fw, cat.data(), lookup.lookup());
  }

  private Problem onlyProblem() {
    List<Problem> problems = result().problems();
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  private static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": ["
        + String.join(",\n", features)
        + "]}";
  }

  private static String feature(String code, String type, String coordinates) {
    return "{\"type\": \"Feature\", \"properties\": {\"WD24CD\": \""
        + code
        + "\", \"WD24NM\": \"x\"},"
        + " \"geometry\": {\"type\": \""
        + type
        + "\", \"coordinates\": "
        + coordinates
        + "}}";
  }
}
