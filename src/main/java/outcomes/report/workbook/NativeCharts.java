package outcomes.report.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import outcomes.report.Colours;

/**
 * Native Excel charts drawn from tables on the same sheet, so an analyst can restyle them or
 * point them at other cells: a line chart of a trend table and a bar chart of a ranked table.
 */
final class NativeCharts {
  /**
   * A chart's data as written on the sheet: the categories (one column, from {@code firstRow})
   * and each series' values (null where a cell is empty). The charts refer to these cells, so an
   * analyst who edits them edits the chart; the values here fill the chart's cache.
   */
  record Table(String sheet, int headerRow, int firstRow, int categoryColumn, String[] categories,
      List<Series> series) {}

  /** One series: its column, title (the header cell), values and colour. */
  record Series(int column, String title, Double[] values, String colour) {}

  private NativeCharts() {}

  static void line(XSSFSheet sheet, Table t, String title, String unit, int col, int row) {
    XSSFChart chart = chart(sheet, title, col, row, 9, 18);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(unit);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    data.setVaryColors(false);
    for (Series series : t.series()) {
      XDDFLineChartData.Series s = (XDDFLineChartData.Series) add(data, t, series);
      s.setSmooth(false);
      s.setMarkerStyle(MarkerStyle.CIRCLE);
      s.setMarkerSize((short) 6);
      XDDFLineProperties line = new XDDFLineProperties(fill(series.colour()));
      line.setWidth(2.25);
      s.setLineProperties(line);
    }
    chart.plot(data);
  }

  /** Horizontal bars, first row at the top; overlapping series colour each bar by its group. */
  static void bars(XSSFSheet sheet, Table t, String title, String unit, int col, int row) {
    int rows = t.categories().length;
    XSSFChart chart = chart(sheet, title, col, row, 9, Math.max(14, rows + 6));
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
    x.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
    y.setTitle(unit);
    y.setCrosses(AxisCrosses.MAX);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setOverlap((byte) 100);
    data.setGapWidth(40);
    data.setVaryColors(false);
    for (Series series : t.series()) {
      add(data, t, series).setFillProperties(fill(series.colour()));
    }
    chart.plot(data);
  }

  private static XSSFChart chart(XSSFSheet sheet, String title, int col, int row, int width, int height) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + width, row + height);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    return chart;
  }

  private static XDDFChartData.Series add(XDDFChartData data, Table t, Series series) {
    int last = t.firstRow() + t.categories().length - 1;
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(t.categories(),
        new CellRangeAddress(t.firstRow(), last, t.categoryColumn(), t.categoryColumn())
            .formatAsString(t.sheet(), true));
    XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(series.values(),
        new CellRangeAddress(t.firstRow(), last, series.column(), series.column())
            .formatAsString(t.sheet(), true));
    XDDFChartData.Series s = data.addSeries(cats, values);
    s.setTitle(series.title(), new CellReference(t.sheet(), t.headerRow(), series.column(), true, true));
    return s;
  }

  private static XDDFSolidFillProperties fill(String rgb) {
    return new XDDFSolidFillProperties(XDDFColor.from(Colours.bytes(rgb)));
  }
}
