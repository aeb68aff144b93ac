package outcomes.report.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
import org.apache.poi.xddf.usermodel.chart.Grouping;
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
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import outcomes.report.Colours;

/**
 * Native Excel charts of a table's own columns, drawn on a sheet of charts, so an analyst can
 * restyle them or point them at other cells: a line chart of an indicator's trend and a bar chart
 * of a borough's wards. A missing figure is a cell of shorthand ("[x]") in the table, and Excel
 * draws a text cell in a line as zero; so a series with a figure missing refers to its cells of
 * numbers and, in the missing figure's place, to an empty cell of the same sheet (B1, beside the
 * title: {@link TableSheet#EMPTY}), and the chart shows an empty cell as a gap. A missing figure
 * leaves a gap in Excel and LibreOffice alike, never a 0. (A series that carried its own values
 * would not do: LibreOffice does not draw one.)
 */
final class NativeCharts {
  /** Cells of one column of a table: rows {@code first} to {@code last}, 0-based, inclusive. */
  record Column(String sheet, int column, int first, int last) {
    String ref() {
      return new CellRangeAddress(first, last, column, column).formatAsString(sheet, true);
    }

    /**
     * The cells that hold numbers, in order, with the sheet's empty cell in place of each that does
     * not: "(Trends!$G$7:$G$11,Trends!$B$1,Trends!$G$13:$G$17)".
     */
    String ref(Double[] values) {
      if (Arrays.stream(values).allMatch(Objects::nonNull)) {
        return ref();
      }
      String empty =
          new CellReference(
                  sheet, TableSheet.EMPTY.getRow(), TableSheet.EMPTY.getColumn(), true, true)
              .formatAsString();
      List<String> parts = new java.util.ArrayList<>();
      int i = 0;
      while (i < values.length) {
        if (values[i] == null) {
          parts.add(empty);
          i++;
          continue;
        }
        int start = i;
        while (i < values.length && values[i] != null) {
          i++;
        }
        parts.add(new Column(sheet, column, first + start, first + i - 1).ref());
      }
      return "(" + String.join(",", parts) + ")";
    }
  }

  /**
   * One series: its name (and the cell that holds it), its cells and their values as the table has
   * them (null where the cell holds shorthand), and its colour; {@code pointColours}, if not null,
   * colours each bar by itself.
   */
  record Series(
      String title,
      CellReference titleCell,
      Column cells,
      Double[] values,
      String colour,
      String[] pointColours) {
    Series {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(cells, "cells");
      Objects.requireNonNull(values, "values");
      if (values.length != cells.last() - cells.first() + 1) {
        throw new IllegalArgumentException(
            "a value for each cell: " + values.length + " for " + cells.ref());
      }
    }
  }

  /** Where a chart goes on its sheet: its top-left cell and its size in cells. */
  record Place(int column, int row, int width, int height) {}

  private NativeCharts() {}

  /** A line per series over the categories (periods), a marker at each figure. */
  static XSSFChart line(
      XSSFSheet sheet,
      String title,
      String unit,
      Column categories,
      String[] labels,
      List<Series> series,
      Place at) {
    XSSFChart chart = chart(sheet, title, at);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(unit);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    // the schema requires a line chart's grouping; without it Excel repairs the drawing
    data.setGrouping(Grouping.STANDARD);
    data.setVaryColors(false);
    for (Series s : series) {
      XDDFLineChartData.Series line = (XDDFLineChartData.Series) add(data, categories, labels, s);
      line.setSmooth(false);
      line.setMarkerStyle(MarkerStyle.CIRCLE);
      line.setMarkerSize((short) 6);
      XDDFLineProperties stroke = new XDDFLineProperties(fill(s.colour()));
      stroke.setWidth(2.25);
      line.setLineProperties(stroke);
    }
    chart.plot(data);
    return chart;
  }

  /**
   * Horizontal bars, first row at the top. One series; each bar takes its own colour where the
   * series gives them, and the chart's title says what the colours mean, since a legend of one
   * series cannot.
   */
  static XSSFChart bars(
      XSSFSheet sheet,
      String title,
      String unit,
      Column categories,
      String[] labels,
      Series series,
      Place at) {
    XSSFChart chart = chart(sheet, title, at);
    chart.deleteLegend();
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
    x.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
    y.setTitle(unit);
    y.setCrosses(AxisCrosses.MAX);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setGapWidth(40);
    data.setVaryColors(false);
    XDDFChartData.Series bars = add(data, categories, labels, series);
    bars.setFillProperties(fill(series.colour()));
    if (series.pointColours() != null) {
      for (int i = 0; i < series.pointColours().length; i++) {
        bars.getDataPoint(i).setFillProperties(fill(series.pointColours()[i]));
      }
    }
    chart.plot(data);
    return chart;
  }

  private static XSSFChart chart(XSSFSheet sheet, String title, Place at) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0, 0, 0, 0, at.column(), at.row(), at.column() + at.width(), at.row() + at.height());
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    // an empty cell is a gap, never a zero (the file format's default is zero)
    chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
    // a screen reader reads a chart by its alternative text: the title, which says what it shows
    chart
        .getGraphicFrame()
        .getCTGraphicalObjectFrame()
        .getNvGraphicFramePr()
        .getCNvPr()
        .setDescr(title);
    return chart;
  }

  private static XDDFChartData.Series add(
      XDDFChartData data, Column categories, String[] labels, Series s) {
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(labels, categories.ref());
    XDDFNumericalDataSource<Double> values =
        XDDFDataSourcesFactory.fromArray(s.values(), s.cells().ref(s.values()));
    XDDFChartData.Series series = data.addSeries(cats, values);
    series.setTitle(s.title(), s.titleCell());
    return series;
  }

  private static XDDFSolidFillProperties fill(String rgb) {
    return new XDDFSolidFillProperties(XDDFColor.from(Colours.bytes(rgb)));
  }
}
