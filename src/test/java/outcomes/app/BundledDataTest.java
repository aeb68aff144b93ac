package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import outcomes.catalogue.CatalogueReader;
import outcomes.model.Interval;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.model.SeriesKey;
import outcomes.model.Sex;
import outcomes.model.TimePeriod;

/**
 * The bundled catalogue read from the real sources as they came, checked against the figures the
 * publishers give (data/real/SOURCES.md): the GLA's ward life expectancy with its limits, DWP's
 * child poverty by current ward, and the official rough-sleeping workbook.
 */
class BundledDataTest {
  private static DataLoader.Result data;

  @BeforeAll
  static void load() {
    data = DataLoader.load(CatalogueReader.read(Path.of("indicators")).orThrow(), Path.of("data"));
  }

  /**
   * No problem reading any file; the only warnings are of the five baselines the strategy declares
   * and the bundled data do not hold (child poverty 2020/21, dementia 2022, feeling safe 2022, low
   * income 2023, Year 6 2021/22), which validate and the README show.
   */
  @Test
  void readsEveryBundledFileWithoutProblems() {
    assertEquals(
        List.of(),
        data.problems().stream()
            .filter(p -> !p.message().startsWith("no figure for the baseline"))
            .toList());
    assertEquals(5, data.problems().size(), data.problems().toString());
  }

  @Test
  void readsTheGlaWardLifeExpectancyWithItsLimitsOnTheOldWards() {
    Observation westbourne = find("life-expectancy", "E05000648", Sex.MALE, "2010-14");
    assertEquals(OptionalDouble.of(75.3), westbourne.value());
    assertEquals(Optional.of(new Interval(73.7, 76.8)), westbourne.ci95());
    assertEquals("Westbourne", westbourne.area().name());
    assertEquals("Westminster wards 2002-2022", westbourne.area().boundarySet());
    assertEquals(Origin.REAL, westbourne.provenance().origin());
    assertTrue(westbourne.provenance().file().endsWith("gla_life-expectancy-ward-at-Birth.csv"));

    Observation kb = find("life-expectancy", "E05000637", Sex.MALE, "2010-14");
    assertEquals(OptionalDouble.of(89.3), kb.value());
    assertEquals(Optional.of(new Interval(85.8, 92.8)), kb.ci95());
    assertEquals("Knightsbridge and Belgravia", kb.area().name());

    assertEquals(
        OptionalDouble.of(80.7),
        find("life-expectancy", "E05000648", Sex.FEMALE, "2010-14").value());
    assertEquals(
        "Queen's Gate",
        find("life-expectancy", "E05000395", Sex.MALE, "2010-14").area().name(),
        "the lookup's name, not the GLA's 'Queens Gate'");
    Observation england = find("life-expectancy", "E92000001", Sex.MALE, "2010-14");
    assertEquals(Optional.of(new Interval(79.3, 79.4)), england.ci95());
    assertEquals(
        "Westminster",
        find("life-expectancy", "E09000033", Sex.MALE, "2010-14").area().name(),
        "not 'Westminster, City of'");
  }

  @Test
  void keepsTheOldAndCurrentWestbourneApartAndTheirRealAndIllustrativeFiguresApart() {
    Observation old = find("life-expectancy", "E05000648", Sex.MALE, "2010-14");
    Observation current =
        observations("life-expectancy").stream()
            .filter(o -> o.area().code().equals("E05013809") && o.sex() == Sex.MALE)
            .findFirst()
            .orElseThrow();
    assertEquals("Westminster wards since 2022", current.area().boundarySet());
    assertEquals(Origin.ILLUSTRATIVE, current.provenance().origin());
    assertTrue(!old.seriesKey().equals(current.seriesKey()));

    Map<SeriesKey, Origin> origins = new HashMap<>();
    for (IndicatorData d : data.indicators()) {
      for (Observation o : d.observations()) {
        Origin before = origins.putIfAbsent(o.seriesKey(), o.provenance().origin());
        assertTrue(
            before == null || before == o.provenance().origin(), "mixed series " + o.seriesKey());
      }
    }
  }

  @Test
  void readsDwpChildPovertyByCurrentWard() {
    Observation westbourne = find("child-poverty", "E05013809", Sex.PERSONS, "FYE 2025");
    assertEquals(OptionalDouble.of(44.2), westbourne.value());
    assertEquals(OptionalDouble.of(842), westbourne.count());
    assertEquals("Westminster wards since 2022", westbourne.area().boundarySet());

    Observation kb = find("child-poverty", "E05013797", Sex.PERSONS, "FYE 2025");
    assertEquals(OptionalDouble.of(11.5), kb.value());
    assertEquals(OptionalDouble.of(147), kb.count());
    assertEquals("Knightsbridge & Belgravia", kb.area().name());

    Observation notting = find("child-poverty", "E05009399", Sex.PERSONS, "FYE 2025");
    assertEquals(OptionalDouble.of(38.3), notting.value());
    Observation westminster = find("child-poverty", "E09000033", Sex.PERSONS, "FYE 2025");
    assertEquals(OptionalDouble.of(26.3), westminster.value());
    assertEquals(OptionalDouble.of(6903), westminster.count());
    assertEquals(
        36,
        observations("child-poverty").stream()
            .filter(o -> o.area().type().equals("Ward") && o.period().label().equals("FYE 2025"))
            .count(),
        "all 36 wards of both boroughs, no other");
  }

  @Test
  void readsRoughSleepingFromTheOfficialWorkbookAndTheTablesBySex() {
    Observation wm2017 = find("rough-sleeping", "E09000033", Sex.PERSONS, "2017");
    assertEquals(OptionalDouble.of(217), wm2017.value());
    assertTrue(wm2017.provenance().file().endsWith(".xlsx[table 1]"), wm2017.provenance().file());
    assertEquals(
        OptionalDouble.of(32), find("rough-sleeping", "E09000020", Sex.PERSONS, "2010").value());
    assertEquals(
        OptionalDouble.of(250), find("rough-sleeping", "E09000033", Sex.PERSONS, "2022").value());
    assertEquals(
        OptionalDouble.of(185), find("rough-sleeping", "E09000033", Sex.MALE, "2022").value());
    assertEquals(
        OptionalDouble.of(858), find("rough-sleeping", "E12000007", Sex.PERSONS, "2022").value());
    assertEquals(
        OptionalDouble.of(1768), find("rough-sleeping", "E92000001", Sex.PERSONS, "2010").value());
    assertTrue(
        observations("rough-sleeping").stream().noneMatch(o -> o.area().code().startsWith("-")),
        "'---' is no area");
  }

  @Test
  void readsOnsHealthyLifeExpectancyWithLimitsLondonAndEngland() {
    // data/real/SOURCES.md (fingertips_recent): "Latest Westminster values found", 2022-24
    assertFigure("healthy-life-expectancy", "E09000033", Sex.MALE, "2022 - 24", 60.5, 54.1, 66.8);
    assertFigure("healthy-life-expectancy", "E09000020", Sex.MALE, "2022 - 24", 66.5, 62.2, 70.8);
    assertFigure("healthy-life-expectancy", "E12000007", Sex.MALE, "2022 - 24", 62.9, 62.1, 63.7);
    assertFigure("healthy-life-expectancy", "E92000001", Sex.MALE, "2022 - 24", 60.9, 60.7, 61.2);
    assertFigure("healthy-life-expectancy", "E09000033", Sex.FEMALE, "2022 - 24", 59.8, 52.5, 67.1);
    assertFigure("healthy-life-expectancy", "E09000020", Sex.FEMALE, "2022 - 24", 66.8, 61.6, 72.1);
    assertFigure("healthy-life-expectancy", "E12000007", Sex.FEMALE, "2022 - 24", 62.9, 62.0, 63.9);
    assertFigure("healthy-life-expectancy", "E92000001", Sex.FEMALE, "2022 - 24", 61.3, 61.0, 61.6);
    Observation wm = find("healthy-life-expectancy", "E09000033", Sex.MALE, "2022 - 24");
    assertTrue(
        wm.provenance().file().endsWith("ons_els_healthy-life-expectancy.csv"),
        wm.provenance().file());
    // read from 2022-01-01/P3Y: the period Fingertips labels 2022 - 24
    assertEquals(TimePeriod.parse("2022 - 24"), wm.period());
    // a longer history than the Fingertips extract it replaces, which began at 2015 - 17
    assertEquals(
        OptionalDouble.of(63.2),
        find("healthy-life-expectancy", "E09000033", Sex.MALE, "2011 - 13").value());
    assertEquals(
        12,
        observations("healthy-life-expectancy").stream()
            .filter(o -> o.area().code().equals("E09000033") && o.sex() == Sex.FEMALE)
            .count(),
        "2011-13 to 2022-24");
  }

  @Test
  void readsOnsModelBasedUnemploymentByCalendarYearWithLimits() {
    assertFigure("unemployment", "E09000033", Sex.PERSONS, "2023", 5.0, 3.0, 7.0);
    assertFigure("unemployment", "E09000020", Sex.PERSONS, "2023", 5.9, 3.7, 8.1);
    assertFigure("unemployment", "E12000007", Sex.PERSONS, "2023", 5.0, 4.4, 5.6);
    assertFigure("unemployment", "E92000001", Sex.PERSONS, "2023", 3.7, 3.5, 3.9);
    assertEquals(
        20,
        observations("unemployment").stream()
            .filter(o -> o.area().code().equals("E09000033"))
            .count(),
        "2004 to 2023, calendar years only");
    assertTrue(
        observations("unemployment").stream()
            .allMatch(o -> o.period().isSingleYear() && o.period().start().getMonthValue() == 1),
        "no October-to-September year among them");
    // status x, observation empty: missing, with the publisher's code as its note, never a number
    Observation cumberland = find("unemployment", "E06000063", Sex.PERSONS, "2017");
    assertEquals(OptionalDouble.empty(), cumberland.value());
    assertEquals(Optional.empty(), cumberland.ci95());
    assertEquals("x", cumberland.valueNote());
  }

  @Test
  void readsTheOnsAnxietyScoreWithLimitsAndKeepsItsStatusCodesAsNotes() {
    assertFigure("anxiety-score", "E09000033", Sex.PERSONS, "2022/23", 3.73, 3.27, 4.18);
    assertFigure("anxiety-score", "E09000020", Sex.PERSONS, "2022/23", 3.48, 3.02, 3.93);
    assertFigure("anxiety-score", "E12000007", Sex.PERSONS, "2022/23", 3.34, 3.25, 3.44);
    assertFigure("anxiety-score", "E92000001", Sex.PERSONS, "2022/23", 3.24, 3.21, 3.28);
    // read from 2022-04-01/P1Y: April 2022 to March 2023, as the file read before wrote it
    assertEquals(
        TimePeriod.parse("04/2022 - 03/2023"),
        find("anxiety-score", "E09000033", Sex.PERSONS, "2022/23").period());
    assertEquals(
        12,
        observations("anxiety-score").stream()
            .filter(o -> o.area().code().equals("E09000033"))
            .count(),
        "2011/12 to 2022/23");
    Observation lowReliability = find("anxiety-score", "E07000117", Sex.PERSONS, "2022/23");
    assertEquals(OptionalDouble.empty(), lowReliability.value());
    assertEquals("u", lowReliability.valueNote());
    Observation notAvailable = find("anxiety-score", "E06000061", Sex.PERSONS, "2018/19");
    assertEquals(OptionalDouble.empty(), notAvailable.value());
    assertEquals("x", notAvailable.valueNote());
  }

  @Test
  void readsLondonsChildPovertyFromOnsAndNeverCallsTheUkEngland() {
    TimePeriod fye2025 = TimePeriod.parse("FYE 2025");
    Observation london =
        observations("child-poverty").stream()
            .filter(o -> o.area().code().equals("E12000007") && o.period().equals(fye2025))
            .findFirst()
            .orElseThrow();
    assertEquals(30.7, Math.round(london.value().getAsDouble() * 10) / 10.0);
    assertEquals("2024/25", london.period().label(), "read from 2024-04-01/P1Y");
    assertTrue(london.provenance().file().endsWith("ons_els_children-in-relative-poverty.csv"));
    // each figure from one file: the boroughs still from DWP's table, with their counts
    Observation westminster = find("child-poverty", "E09000033", Sex.PERSONS, "FYE 2025");
    assertEquals(OptionalDouble.of(26.3), westminster.value());
    assertTrue(
        westminster.provenance().file().endsWith("dwp_cilif_AHC_relative_LA_FYE2024_2025.csv"));
    assertEquals(
        OptionalDouble.of(16.1),
        find("child-poverty", "E09000020", Sex.PERSONS, "FYE 2025").value());
    assertEquals(
        2,
        observations("child-poverty").stream()
            .filter(o -> o.area().code().equals("E09000033"))
            .count(),
        "FYE 2024 and 2025, once each");
    assertEquals(
        OptionalDouble.of(26.0),
        find("child-poverty", "K02000001", Sex.PERSONS, "FYE 2025").value());
    assertTrue(
        observations("child-poverty").stream().noneMatch(o -> o.area().code().equals("E92000001")),
        "DWP gives the UK, not England");
  }

  @Test
  void readsTheAutumn2024And2025SnapshotsAndLeavesAutumn2023Out() {
    Observation wm2025 = find("rough-sleeping", "E09000033", Sex.PERSONS, "2025");
    assertEquals(OptionalDouble.of(360), wm2025.value());
    assertTrue(
        wm2025
            .provenance()
            .file()
            .endsWith("mhclg_rough_sleeping_snapshot_autumn2024_2025_by_la_slendeavours.csv"));
    assertEquals(
        OptionalDouble.of(388), find("rough-sleeping", "E09000033", Sex.PERSONS, "2024").value());
    assertEquals(
        OptionalDouble.of(13), find("rough-sleeping", "E09000020", Sex.PERSONS, "2025").value());
    assertEquals(
        OptionalDouble.of(16), find("rough-sleeping", "E09000020", Sex.PERSONS, "2024").value());
    assertTrue(
        observations("rough-sleeping").stream().noneMatch(o -> o.period().label().equals("2023")),
        "autumn 2023 is in no bundled file: left out, never filled in");
    // every English local authority, summing to MHCLG's published England totals
    double england2025 =
        observations("rough-sleeping").stream()
            .filter(o -> o.period().label().equals("2025") && o.sex() == Sex.PERSONS)
            .mapToDouble(o -> o.value().getAsDouble())
            .sum();
    assertEquals(4793, england2025);
    assertTrue(
        observations("rough-sleeping").stream()
            .noneMatch(
                o -> o.area().code().equals("E92000001") && o.period().label().equals("2025")),
        "no England row is published with them; none is made");
  }

  @Test
  void readsPm25AttributableMortalityFromTheRRewrittenFingertipsDownload() {
    // SOURCES.md: 2020, Westminster 7.45%, K&C 7.46%, London 7.10%, England 5.64% (no limits)
    assertEquals(
        7.45, twoPlaces(find("pm25-attributable-mortality", "E09000033", Sex.PERSONS, "2020")));
    assertEquals(
        7.46, twoPlaces(find("pm25-attributable-mortality", "E09000020", Sex.PERSONS, "2020")));
    assertEquals(
        7.10, twoPlaces(find("pm25-attributable-mortality", "E12000007", Sex.PERSONS, "2020")));
    assertEquals(
        5.64, twoPlaces(find("pm25-attributable-mortality", "E92000001", Sex.PERSONS, "2020")));
    Observation wm = find("pm25-attributable-mortality", "E09000033", Sex.PERSONS, "2020");
    assertEquals(
        Optional.empty(), wm.ci95(), "Fingertips publishes no limits for 93861: NA, never 0");
    assertEquals(OptionalDouble.empty(), wm.count());
    assertEquals("Not compared", wm.labels().comparedToEngland());
    assertEquals(
        OptionalDouble.of(9.486),
        find("pm25-attributable-mortality", "E09000033", Sex.PERSONS, "2018").value().stream()
            .map(v -> Math.round(v * 1000) / 1000.0)
            .findFirst());
  }

  private static double twoPlaces(Observation o) {
    return Math.round(o.value().getAsDouble() * 100) / 100.0;
  }

  @Test
  void theLookupTheDataWasReadWithResolvesNamesToCurrentWards() {
    assertEquals("E05013809", data.areas().resolve("Westbourne").area().code());
    assertEquals("E05013797", data.areas().resolve("Knightsbridge & Belgravia").area().code());
  }

  /** The figure and its 95% limits, as the publisher gives them. */
  private static void assertFigure(
      String id, String code, Sex sex, String period, double value, double lower, double upper) {
    Observation o = find(id, code, sex, period);
    assertEquals(OptionalDouble.of(value), o.value(), id + " " + code + " " + period);
    assertEquals(Optional.of(new Interval(lower, upper)), o.ci95(), id + " " + code + " " + period);
    assertEquals(Origin.REAL, o.provenance().origin());
  }

  private static List<Observation> observations(String id) {
    return data.indicators().stream()
        .filter(d -> d.indicator().id().equals(id))
        .findFirst()
        .orElseThrow()
        .observations();
  }

  private static Observation find(String id, String code, Sex sex, String period) {
    return observations(id).stream()
        .filter(
            o ->
                o.area().code().equals(code) && o.sex() == sex && o.period().label().equals(period))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " " + code + " " + sex + " " + period));
  }
}
