package outcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import outcomes.model.Field;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * A Fingertips file's header read by its names: every spelling real files come in (the API's
 * export, the website's table export, the API's "Column not used", R and Python's names with a
 * row-number column, the legacy download) gives each field its column, and a header that lacks what
 * a figure needs fails saying what it lacks.
 */
class FingertipsLayoutTest {
  private static final List<String> REAL_26 = Extract.of(Extract.REAL_26).header();
  private static final List<String> REAL_27 = Extract.of(Extract.REAL_27).header();

  @Test
  void readsTheApiExportOf26And27Columns() {
    FingertipsLayout a = FingertipsLayout.of(REAL_26, "x.csv", 1, false);
    FingertipsLayout b = FingertipsLayout.of(REAL_27, "x.csv", 1, false);

    assertEquals(FingertipsLayout.Spelling.EXPORT, a.spelling());
    assertEquals(FingertipsLayout.Spelling.EXPORT, b.spelling());
    for (Field f : Field.values()) {
      assertEquals(f.ordinal(), a.column(f), f.name());
      assertEquals(f.ordinal(), b.column(f), f.name());
    }
    assertEquals(List.of(), b.unrecognised(), "New data, Compared to goal, Time period range");
  }

  @ParameterizedTest(name = "column 23 \"{0}\"")
  @ValueSource(
      strings = {
        "Compared to Region value or percentiles",
        "Compared to London region value or percentiles",
        "Compared to percentiles",
        "Compared to parent value or percentiles"
      })
  void readsColumn23AsTheParentComparisonWhateverItNames(String name) {
    FingertipsLayout l = FingertipsLayout.of(withColumn(REAL_26, 23, name), "x.csv", 1, false);
    assertEquals(22, l.column(Field.COMPARED_TO_PARENT));
  }

  @Test
  void readsTheApiDownloadWhoseColumn23IsNotUsed() {
    FingertipsLayout l =
        FingertipsLayout.of(withColumn(REAL_27, 23, "Column not used"), "x.csv", 1, false);

    assertEquals(FingertipsLayout.Spelling.API_NO_PARENT, l.spelling());
    assertFalse(l.has(Field.COMPARED_TO_PARENT));
    assertEquals(List.of(), l.unrecognised());
  }

  @Test
  void readsTheWebsiteTableExport() {
    List<String> h =
        withColumn(
            withColumn(REAL_27, 6, "AreaName"), 23, "Compared to parent value or percentiles");
    FingertipsLayout l = FingertipsLayout.of(h, "x.csv", 1, false);

    assertEquals(FingertipsLayout.Spelling.WEBSITE_TABLE, l.spelling());
    assertEquals(5, l.column(Field.AREA_NAME));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // fingertipsR's names, spaces dropped
        "IndicatorID,IndicatorName,ParentCode,ParentName,AreaCode,AreaName,AreaType,Sex,Age,"
            + "CategoryType,Category,Timeperiod,Value,LowerCI95.0limit,UpperCI95.0limit,"
            + "LowerCI99.8limit,UpperCI99.8limit,Count,Denominator,Valuenote,RecentTrend,"
            + "ComparedtoEnglandvalueorpercentiles,ComparedtoRegionvalueorpercentiles,"
            + "TimeperiodSortable,Newdata,Comparedtogoal",
        // R's write.csv: names made syntactic, a row-number column first
        ",Indicator.ID,Indicator.Name,Parent.Code,Parent.Name,Area.Code,Area.Name,Area.Type,Sex,Age,"
            + "Category.Type,Category,Time.period,Value,Lower.CI.95.0.limit,Upper.CI.95.0.limit,"
            + "Lower.CI.99.8.limit,Upper.CI.99.8.limit,Count,Denominator,Value.note,Recent.Trend,"
            + "Compared.to.England.value.or.percentiles,Compared.to.Region.value.or.percentiles,"
            + "Time.period.Sortable,New.data,Compared.to.goal",
        // pandas' index read back, and names with underscores
        "Unnamed: 0,Indicator_ID,Indicator_Name,Parent_Code,Parent_Name,Area_Code,Area_Name,"
            + "Area_Type,Sex,Age,Category_Type,Category,Time_period,Value,Lower_CI_95.0_limit,"
            + "Upper_CI_95.0_limit,Lower_CI_99.8_limit,Upper_CI_99.8_limit,Count,Denominator,"
            + "Value_note,Recent_Trend,Compared_to_England_value_or_percentiles,"
            + "Compared_to_Region_value_or_percentiles,Time_period_Sortable,New_data,Compared_to_goal"
      })
  void readsNamesWrittenBackByROrPython(String header) {
    List<String> h = List.of(header.split(",", -1));
    FingertipsLayout l = FingertipsLayout.of(h, "x.csv", 1, false);
    int shift = h.get(0).equals("IndicatorID") ? 0 : 1;

    assertEquals(FingertipsLayout.Spelling.WRITTEN_BACK, l.spelling());
    for (Field f : Field.values()) {
      assertEquals(f.ordinal() + shift, l.column(f), f.name());
    }
    assertEquals(List.of(), l.unrecognised());
    assertEquals(
        shift == 1, l.describe().contains("leading row-number column ignored"), l.describe());
  }

  @Test
  void readsColumnsInAnyOrder() {
    List<String> h = new ArrayList<>(REAL_26);
    java.util.Collections.reverse(h);
    FingertipsLayout l = FingertipsLayout.of(h, "x.csv", 1, false);
    assertEquals(25 - 12, l.column(Field.VALUE));
    assertEquals(25 - 4, l.column(Field.AREA_CODE));
  }

  @Test
  void readsTheLegacyDownloadWhenTheIndicatorIsGivenAndSaysHowOtherwise() {
    List<String> legacy =
        List.of(
            "Area Code",
            "Area Name",
            "Area Type",
            "Sex",
            "Age",
            "Category Type",
            "Category",
            "Time period",
            "Value",
            "Lower CI limit",
            "Upper CI limit",
            "Count",
            "Denominator",
            "Value note");

    OutcomesException e =
        assertThrows(
            OutcomesException.class, () -> FingertipsLayout.of(legacy, "old.csv", 1, false));
    assertEquals(new Location("old.csv", 1, 0), e.location());
    assertTrue(
        e.getMessage().startsWith("this is Fingertips' legacy single-indicator download"),
        e.getMessage());
    assertTrue(e.getMessage().contains("--indicator-id"), e.getMessage());

    FingertipsLayout l = FingertipsLayout.of(legacy, "old.csv", 1, true);
    assertEquals(FingertipsLayout.Spelling.LEGACY, l.spelling());
    assertEquals(9, l.column(Field.LOWER_95));
    assertEquals(10, l.column(Field.UPPER_95));
    assertEquals(FingertipsLayout.ABSENT, l.column(Field.INDICATOR_ID));
    assertEquals(14, l.width());
  }

  @Test
  void refusesAHeaderWithoutAValueColumnSayingSo() {
    List<String> h = withColumn(REAL_26, 13, "Wrong name");

    OutcomesException e =
        assertThrows(
            OutcomesException.class, () -> FingertipsLayout.of(h, "extract.csv", 1, false));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(new Location("extract.csv", 1, 0), e.location());
    assertTrue(
        e.getMessage().startsWith("not a Fingertips file: the header has no 'Value' column"),
        e.getMessage());
    assertFalse(FingertipsLayout.matches(h));
  }

  @Test
  void refusesAFieldGivenTwiceNamingBothColumns() {
    List<String> h = withColumn(REAL_26, 26, "Value");

    OutcomesException e =
        assertThrows(
            OutcomesException.class, () -> FingertipsLayout.of(h, "extract.csv", 1, false));
    assertEquals(new Location("extract.csv", 1, 26), e.location());
    assertEquals(
        "columns 13 ('Value') and 26 ('Value') are both Value: remove one of them", e.getMessage());
  }

  @Test
  void namesAColumnItDoesNotKnowAsNotRead() {
    FingertipsLayout l =
        FingertipsLayout.of(withColumn(REAL_26, 21, "Wrong name"), "x.csv", 1, false);

    assertEquals(List.of(20), l.unrecognised());
    assertFalse(l.has(Field.RECENT_TREND));
    assertTrue(
        l.describe().contains("column 21 'Wrong name' not recognised, not read"), l.describe());
  }

  @Test
  void sameFieldsOrNamesTheColumnThatDiffers() {
    FingertipsLayout a = FingertipsLayout.of(REAL_26, "a.csv", 1, false);
    FingertipsLayout b = FingertipsLayout.of(withColumn(REAL_27, 8, "Gender"), "b.csv", 1, false);

    a.requireSameFields(FingertipsLayout.of(REAL_27, "b.csv", 1, false), "b.csv", 1);
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> a.requireSameFields(b, "b.csv", 1));
    assertEquals(
        "this file has no 'Sex' column, which the first file has: inspect the files"
            + " separately",
        e.getMessage());
  }

  @Test
  void toleratesSpacesAroundNamesAndAByteOrderMark() {
    List<String> header = withColumn(withColumn(REAL_26, 13, " Value "), 1, "\uFEFFIndicator ID");
    assertEquals(
        FingertipsLayout.Spelling.EXPORT, FingertipsLayout.of(header, "x", 1, false).spelling());
  }

  private static List<String> withColumn(List<String> header, int column, String name) {
    List<String> h = new ArrayList<>(header);
    h.set(column - 1, name);
    return h;
  }
}
