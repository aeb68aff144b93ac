package outcomes.app.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.ingest.Extract;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The inspect job over the real campylobacter extract and small changes to it. The figures for the
 * real extract were worked out independently with Python's csv module (see
 * src/test/resources/fingertips/README.md); the job must agree with them exactly.
 */
class InspectJobTest {
  static final Path REAL =
      Extract.resource("/fingertips/fingertips_std_93356_campylobacter_countyua_2015-2017.csv");

  @TempDir Path dir;

  @Test
  void summarisesTheRealExtractAsPythonsCsvModuleCountsIt() {
    ExtractSummary s = InspectJob.run(List.of(REAL), "").summary();

    assertEquals(852, s.rows());
    assertEquals(842, s.rowsWithValue());
    assertEquals(
        331,
        s.series(),
        "distinct (Indicator ID, Area Code, Sex, Age, Category Type, Category) with a value");
    assertEquals(
        51806.872508813256,
        s.sumOfLatestValues(),
        0.0,
        "the latest values added in order of each series' first valued row");
    ExtractSummary.IndicatorSummary i = s.indicators().get(0);
    assertEquals("93356", i.id());
    assertEquals(
        "Campylobacter incidence rate/100,000",
        i.name(),
        "the name's trailing line break is dropped");
    assertEquals(162, i.areas());
    assertEquals(Map.of("Country", 1, "County & UA", 152, "Region", 9), i.areaTypes());
    assertEquals("2015", i.firstPeriod());
    assertEquals("2017", i.latestPeriod());
    assertEquals(3, i.periods());
    assertEquals(
        Map.of(
            "Value for Cornwall & Isles of Scilly combined",
            5L,
            "Value for Hackney and City of London combined",
            5L),
        i.missing());
  }

  @Test
  void keepsForEachSeriesItsLatestRowWithAValueExactlyAsWritten() {
    InspectJob.Result r = InspectJob.run(List.of(Extract.resource(Extract.REAL_26)), "");

    assertEquals(4, r.latestRows().size(), "England, London, K&C and Westminster");
    String[] kc = r.latestRows().get(2);
    assertEquals("E09000020", kc[4]);
    assertEquals("2017", kc[11]);
    assertEquals("40.8355984329339", kc[12]);
    assertEquals(25, kc.length, "the row as the extract wrote it, 25 cells");
    assertEquals(Extract.of(Extract.REAL_26).header(), r.header());
  }

  @Test
  void choosesTheLatestByTimePeriodSortableNotByFileOrder() {
    // The 2017 rows first, then 2016, then 2015.
    Path file =
        Extract.of(Extract.REAL_26)
            .keepRows(9, 10, 11, 12, 5, 6, 7, 8, 1, 2, 3, 4)
            .write(dir.resolve("reversed.csv"));

    InspectJob.Result r = InspectJob.run(List.of(file), "");
    assertEquals(
        List.of("2017", "2017", "2017", "2017"), r.latestRows().stream().map(c -> c[11]).toList());
  }

  @Test
  void passesOverALatestRowWithoutAValue() {
    // K&C 2017 (row 11) has no value: its latest valued row is 2016's.
    Path file = Extract.of(Extract.REAL_26).set(11, "Value", "").write(dir.resolve("blank.csv"));

    InspectJob.Result r = InspectJob.run(List.of(file), "");
    assertEquals("52.9586667177112", r.latestRows().get(2)[12]);
    assertEquals(11, r.summary().rowsWithValue());
    assertEquals(Map.of("(no value note)", 1L), r.summary().indicators().get(0).missing());
  }

  @Test
  void givesATieToTheLaterRow() {
    // K&C's 2017 row, then its 2015 row relabelled 2017: the same period twice.
    Path file =
        Extract.of(Extract.REAL_26)
            .keepRows(11, 3)
            .set(2, "Time period", "2017")
            .set(2, "Time period Sortable", "20170000")
            .write(dir.resolve("tie.csv"));

    InspectJob.Result r = InspectJob.run(List.of(file), "");
    assertEquals("58.3345486364299", r.latestRows().get(0)[12]);
  }

  @Test
  void readsTheTwentySixAndTwentySevenColumnExtractsAlike() {
    ExtractSummary a = InspectJob.run(List.of(Extract.resource(Extract.REAL_26)), "").summary();
    ExtractSummary b = InspectJob.run(List.of(Extract.resource(Extract.REAL_27)), "").summary();

    assertEquals(a.rows(), b.rows());
    assertEquals(a.rowsWithValue(), b.rowsWithValue());
    assertEquals(a.series(), b.series());
    assertEquals(a.sumOfLatestValues(), b.sumOfLatestValues(), 0.0);
    assertEquals(a.indicators(), b.indicators());
  }

  @Test
  void readsTwentySixAndTwentySevenColumnExtractsTogetherInTheFirstFilesLayout() {
    Path e27 = Extract.resource(Extract.REAL_27);

    InspectJob.Result r = InspectJob.run(List.of(Extract.resource(Extract.REAL_26), e27), "");
    assertEquals(24, r.summary().rows());
    assertEquals(4, r.summary().series());
    assertEquals(List.of(), r.findings(), "identical repeats are accepted silently");
    assertEquals(26, r.header().size());
    r.latestRows().forEach(row -> assertEquals(26, row.length));
  }

  @Test
  void refusesFilesWhoseFieldsDifferNamingTheColumn() {
    Path other =
        Extract.of(Extract.REAL_27).renameColumn(8, "Gender").write(dir.resolve("other.csv"));

    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () -> InspectJob.run(List.of(Extract.resource(Extract.REAL_26), other), ""));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(new Location(other.toString(), 1, 0), e.location());
    assertTrue(e.getMessage().contains("no 'Sex' column"), e.getMessage());
  }

  @Test
  void countsTwoFilesTogether() {
    Path copy = Extract.of(Extract.REAL_26).write(dir.resolve("copy.csv"));

    ExtractSummary s =
        InspectJob.run(List.of(Extract.resource(Extract.REAL_26), copy), "").summary();
    assertEquals(24, s.rows());
    assertEquals(4, s.series(), "the same series in both files count once");
  }
}
