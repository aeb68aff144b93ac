package outcomes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The boundary-set rules, one test each, on a lookup shaped like the bundled one. */
class AreaLookupTest {
  static final String WM_OLD = "Westminster wards 2002-2022";
  static final String WM_NEW = "Westminster wards since 2022";
  static final String KC_OLD = "Kensington and Chelsea wards 2002-2014";
  static final String KC_NEW = "Kensington and Chelsea wards since 2014";

  private static final Area WESTMINSTER =
      new Area("E09000033", "Westminster", "London borough", "E12000007");
  private static final Area WESTBOURNE_OLD = ward("E05000648", "Westbourne", "E09000033", WM_OLD);
  private static final Area WESTBOURNE_NEW = ward("E05013809", "Westbourne", "E09000033", WM_NEW);
  private static final Area KB_OLD =
      ward("E05000637", "Knightsbridge and Belgravia", "E09000033", WM_OLD);
  private static final Area KB_NEW =
      ward("E05013797", "Knightsbridge & Belgravia", "E09000033", WM_NEW);
  private static final Area CHURCHILL = ward("E05000633", "Churchill", "E09000033", WM_OLD);
  private static final Area QG_OLD = ward("E05000395", "Queen's Gate", "E09000020", KC_OLD);
  private static final Area QG_NEW = ward("E05009401", "Queen's Gate", "E09000020", KC_NEW);

  private final AreaLookup lookup =
      new AreaLookup(
          List.of(
              WESTMINSTER,
              WESTBOURNE_OLD,
              WESTBOURNE_NEW,
              KB_OLD,
              KB_NEW,
              CHURCHILL,
              QG_OLD,
              QG_NEW),
          Set.of(WM_NEW, KC_NEW));

  static Area ward(String code, String name, String borough, String set) {
    return new Area(code, name, "Ward", borough, set);
  }

  @Test
  void everyAreaKnowsItsTypeAndBoundarySet() {
    assertEquals("Ward", lookup.byCode("E05000648").orElseThrow().type());
    assertEquals(WM_OLD, lookup.byCode("E05000648").orElseThrow().boundarySet());
    assertEquals(WM_NEW, lookup.byCode("E05013809").orElseThrow().boundarySet());
    assertEquals(
        "", lookup.byCode("E09000033").orElseThrow().boundarySet(), "boroughs are not versioned");
  }

  @Test
  void theSameNameInTwoSetsIsTwoAreas() {
    assertEquals(List.of(WESTBOURNE_OLD, WESTBOURNE_NEW), lookup.named("Westbourne"));
    assertNotEquals(WESTBOURNE_OLD, WESTBOURNE_NEW);
  }

  @Test
  void aCodeSelectsAnyAreaInAnySetWithoutANote() {
    AreaLookup.Resolved old = lookup.resolve("E05000648");
    assertEquals(WESTBOURNE_OLD, old.area());
    assertFalse(old.hasNote());
    assertEquals(
        WESTBOURNE_NEW, lookup.resolve(" e05013809 ").area(), "case and spaces do not matter");
  }

  @Test
  void aNameInSeveralSetsResolvesToTheCurrentSetAndSaysSoInOneLine() {
    AreaLookup.Resolved r = lookup.resolve("Westbourne");

    assertEquals(WESTBOURNE_NEW, r.area());
    assertEquals(
        "'Westbourne' names 2 areas: taking Westbourne (E05013809, Westminster wards since"
            + " 2022), the current boundaries; give E05000648 (Westminster wards 2002-2022) for the other",
        r.note());
    assertEquals(1, r.note().lines().count());
  }

  @Test
  void namesMatchAcrossAmpersandAndApostropheSpellings() {
    assertEquals(
        KB_NEW,
        lookup.resolve("Knightsbridge and Belgravia").area(),
        "matches both sets' spellings, so the current set wins");
    assertTrue(lookup.resolve("Knightsbridge & Belgravia").hasNote());
    assertEquals(QG_NEW, lookup.resolve("Queens Gate").area(), "the GLA's spelling");
    assertEquals(WESTMINSTER, lookup.resolve("Westminster, City of").area());
  }

  @Test
  void aNameOnlyInAnEarlierSetResolvesToItWithoutANote() {
    AreaLookup.Resolved r = lookup.resolve("Churchill");
    assertEquals(CHURCHILL, r.area());
    assertFalse(r.hasNote());
  }

  @Test
  void anUnknownNameIsRefusedSayingWhatToGive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> lookup.resolve("Mayfair"));
    assertTrue(e.getMessage().contains("no area is called or coded 'Mayfair'"), e.getMessage());
  }

  @Test
  void aNameMatchingTwoCurrentAreasAsksForACode() {
    AreaLookup twoCurrent =
        new AreaLookup(
            List.of(
                ward("E05000001", "Abbey", "E09000001", WM_NEW),
                ward("E05000002", "Abbey", "E09000002", KC_NEW)),
            Set.of(WM_NEW, KC_NEW));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> twoCurrent.resolve("Abbey"));
    assertTrue(e.getMessage().contains("give the code of the one you mean"), e.getMessage());
  }

  @Test
  void aCodeListedTwiceIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AreaLookup(List.of(WESTBOURNE_OLD, WESTBOURNE_OLD), Set.of()));
  }

  @Test
  void aSourceAreaTakesTheLookupsNameTypeParentAndSetByCode() {
    Area fromGla = new Area("E05000395", "Queens Gate", "", "");
    assertEquals(QG_OLD, lookup.canonical(fromGla));
    Area unknown = new Area("E09000001", "London, City of", "Local Authority", "E12000007");
    assertEquals(
        new Area("E09000001", "London", "Local Authority", "E12000007"),
        lookup.canonical(unknown),
        "an area the lookup does not know keeps the source's details, its name tidied");
  }

  @Test
  void seriesInDifferentBoundarySetsAreDifferentSeries() {
    Provenance p = new Provenance("x.csv", 2, Origin.REAL);
    Observation a =
        observation(new Area("E05000648", "Westbourne", "Ward", "E09000033", WM_OLD), p);
    Observation b =
        observation(new Area("E05000648", "Westbourne", "Ward", "E09000033", WM_NEW), p);
    assertNotEquals(a.seriesKey(), b.seriesKey(), "a series never joins values across sets");
    assertEquals(WM_OLD, a.seriesKey().boundarySet());
  }

  @Test
  void areaFiltersMatchOnCodesAndParents() {
    AreaFilter wardsOfWestminster = new AreaFilter(List.of("E92000001"), List.of("E09000033"));
    assertTrue(wardsOfWestminster.keeps(WESTBOURNE_OLD));
    assertTrue(wardsOfWestminster.keeps(new Area("E92000001", "England", "", "")));
    assertFalse(wardsOfWestminster.keeps(QG_OLD));
    assertFalse(
        wardsOfWestminster.keeps(WESTMINSTER), "within the borough, not the borough itself");
    assertTrue(AreaFilter.ALL.keeps(QG_OLD));
  }

  @Test
  void namesAreCleanedAndKeyedForMatching() {
    assertEquals("Westminster", AreaNames.clean("Westminster,  City of"));
    assertEquals("Kensington and Chelsea", AreaNames.clean(" Kensington  and\nChelsea "));
    assertEquals(AreaNames.key("St. James's"), AreaNames.key("St Jamess"));
    assertEquals(AreaNames.key("Brompton & Hans Town"), AreaNames.key("Brompton and Hans Town"));
    assertEquals(AreaNames.key("Earl's Court"), AreaNames.key("Earls Court"));
    assertNotEquals(AreaNames.key("City of London"), AreaNames.key("London"));
  }

  private static Observation observation(Area area, Provenance p) {
    return new Observation(
        "life-expectancy",
        area,
        Sex.MALE,
        Age.ALL,
        Category.NONE,
        TimePeriod.parse("2010-14"),
        OptionalDouble.of(75.3),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        "",
        null,
        p);
  }
}
