package outcomes.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import outcomes.csv.Tasks;
import outcomes.model.Area;
import outcomes.report.IndicatorView;
import outcomes.report.chart.Chart;
import outcomes.report.chart.ChartText;
import outcomes.report.chart.ReportCharts;
import outcomes.report.chart.ReportMaps;
import outcomes.report.workbook.WorkbookWriter;

/**
 * Each chart's PNG drawn once, by whichever thread asks first: the workbook's thread takes the ward
 * maps' images to set beside the ranked wards while the other threads draw every chart's files, and
 * neither draws a map twice.
 */
final class ChartImages implements WorkbookWriter.MapPictures {
  private final List<ReportCharts.Named> named;
  private final Map<String, Chart> charts = new LinkedHashMap<>();
  private final Map<String, FutureTask<byte[]>> pngs = new LinkedHashMap<>();

  ChartImages(List<ReportCharts.Named> named) {
    this.named = List.copyOf(named);
    for (ReportCharts.Named n : named) {
      charts.put(n.name(), n.chart());
      pngs.put(n.name(), new FutureTask<>(n.chart()::png));
    }
  }

  /** Every chart, in the order laid out. */
  List<ReportCharts.Named> charts() {
    return named;
  }

  /** The chart's PNG, drawn here unless another thread is drawing or has drawn it. */
  byte[] png(String name) {
    FutureTask<byte[]> task = pngs.get(name);
    task.run(); // does nothing when another thread ran it or is running it; get() then waits
    return Tasks.result(task, "drawing the chart " + name);
  }

  @Override
  public Optional<WorkbookWriter.Picture> of(IndicatorView v, Area borough) {
    String name = ReportMaps.latestName(v, borough);
    Chart chart = charts.get(name);
    if (chart == null) {
      return Optional.empty();
    }
    ChartText t = chart.text();
    String warning =
        t.illustrative() ? " Illustrative data: synthetic, not published figures." : "";
    return Optional.of(
        new WorkbookWriter.Picture(png(name), t.title() + ". " + t.subtitle() + "." + warning));
  }
}
