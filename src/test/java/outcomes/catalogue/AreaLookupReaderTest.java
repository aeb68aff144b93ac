package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.Area;
import outcomes.model.AreaLookup;
import outcomes.model.Framework;
import outcomes.model.Problem;

/**
 * The bundled ward lookups hold each borough's wards in each boundary set, with the code ranges the
 * issue gives; and a lookup file that is wrong is a problem at its file and line.
 */
class AreaLookupReaderTest {
  private static final Path INDICATORS = Path.of("indicators");
  private static final Path DATA = Path.of("data");

  @TempDir Path dir;
  private CatalogueFixture cat;

  @BeforeEach
  void copyTheValidCatalogue() {
    cat = CatalogueFixture.copyInto(dir);
  }

  @Test
  void theBundledLookupHoldsFourBoundarySetsWithTheirCodeRanges() {
    AreaLookup lookup = bundled();

    assertSet(lookup, "E05000630", 20, "Westminster wards 2002-2022", "E09000033");
    assertSet(lookup, "E05013792", 18, "Westminster wards since 2022", "E09000033");
    assertSet(lookup, "E05000382", 18, "Kensington and Chelsea wards 2002-2014", "E09000020");
    assertSet(lookup, "E05009388", 18, "Kensington and Chelsea wards since 2014", "E09000020");
    assertEquals(4 + 74, lookup.areas().size(), "the framework's four areas and 74 wards");
  }

  @Test
  void theBundledLookupResolvesWestbourneToTheCurrentWardWithANote() {
    AreaLookup lookup = bundled();
    AreaLookup.Resolved r = lookup.resolve("Westbourne");
    assertEquals("E05013809", r.area().code());
    assertTrue(r.note().contains("E05000648 (Westminster wards 2002-2022)"), r.note());
    assertEquals("E05013797", lookup.resolve("Knightsbridge & Belgravia").area().code());
    assertEquals("E05000637", lookup.resolve("E05000637").area().code());
    assertTrue(
        lookup.isCurrent(lookup.byCode("E05009401").orElseThrow()), "K&C's 2014 wards are current");
  }

  @Test
  void aFrameworkWithoutWardLookupsKnowsItsOwnAreas() {
    AreaLookupReader.Result r =
        AreaLookupReader.read(
            CatalogueReader.read(cat.indicators()).orThrow().framework(), cat.data());
    assertEquals(List.of(), r.problems());
    assertEquals(4, r.lookup().areas().size());
  }

  @Test
  void reportsAWardLookupThatDoesNotExistAtItsLineInFrameworkYaml() {
    Path fw = cat.indicator("framework.yaml");
    cat.insertAfter(fw, "focus: [E09000020, E09000033]", "ward-lookups: [real/wards.csv]");

    Problem p = onlyProblem();
    assertEquals(fw.toString(), p.location().file());
    assertEquals(
        CatalogueFixture.lineOf(fw, "ward-lookups: [real/wards.csv]"), p.location().line());
    assertTrue(p.message().contains("wards.csv does not exist"), p.message());
  }

  @Test
  void reportsAWardCodeListedTwiceAtItsSecondLine() {
    writeLookup(
        "E05000648,Westbourne,E09000033,Westminster wards 2002-2022,2022",
        "E05000648,Westbourne,E09000033,Westminster wards 2002-2022,2022");

    Problem p = onlyProblem();
    assertEquals(cat.dataFile("real/wards.csv").toString(), p.location().file());
    assertEquals(3, p.location().line());
    assertTrue(p.message().contains("E05000648 is also listed at"), p.message());
  }

  @Test
  void reportsASetGivenBothAsCurrentAndAsEnded() {
    writeLookup(
        "E05000648,Westbourne,E09000033,Westminster wards 2002-2022,2022",
        "E05000637,Knightsbridge and Belgravia,E09000033,Westminster wards 2002-2022,");

    Problem p = onlyProblem();
    assertEquals(3, p.location().line());
    assertTrue(p.message().contains("both as current and as ended"), p.message());
  }

  @Test
  void reportsALookupWithoutTheColumnsItNeedsAtItsHeader() {
    cat.insertAfter(
        cat.indicator("framework.yaml"),
        "focus: [E09000020, E09000033]",
        "ward-lookups: [real/wards.csv]");
    cat.write(cat.dataFile("real/wards.csv"), "code,name\nE05000648,Westbourne\n");

    Problem p = onlyProblem();
    assertEquals(1, p.location().line());
    assertTrue(p.message().contains("'ward_code' is missing"), p.message());
  }

  private void writeLookup(String... rows) {
    cat.insertAfter(
        cat.indicator("framework.yaml"),
        "focus: [E09000020, E09000033]",
        "ward-lookups: [real/wards.csv]");
    cat.write(
        cat.dataFile("real/wards.csv"),
        "ward_code,ward_name,borough_code,boundary_set,in_use_until\n"
            + String.join("\n", rows)
            + "\n");
  }

  private Problem onlyProblem() {
    CatalogueReader.Result c = CatalogueReader.read(cat.indicators());
    assertEquals(List.of(), c.problems());
    List<Problem> problems =
        AreaLookupReader.read(c.catalogue().framework(), cat.data()).problems();
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  private static AreaLookup bundled() {
    Framework fw = CatalogueReader.read(INDICATORS).orThrow().framework();
    AreaLookupReader.Result r = AreaLookupReader.read(fw, DATA);
    assertEquals(List.of(), r.problems());
    return r.lookup();
  }

  private static void assertSet(
      AreaLookup lookup, String first, int count, String set, String borough) {
    int start = Integer.parseInt(first.substring(3));
    List<Area> inSet = lookup.areas().stream().filter(a -> a.boundarySet().equals(set)).toList();
    assertEquals(count, inSet.size(), set);
    IntStream.range(0, count)
        .forEach(
            i -> {
              Area a = lookup.byCode(String.format("E05%06d", start + i)).orElseThrow();
              assertEquals(set, a.boundarySet(), a.toString());
              assertEquals(borough, a.parentCode(), a.toString());
              assertEquals("Ward", a.type());
            });
  }
}
