package outcomes.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import outcomes.app.output.OutputSet;
import outcomes.app.output.PrivateTemp;
import outcomes.csv.Tasks;
import outcomes.geo.WardBoundaries;
import outcomes.model.GapPair;
import outcomes.model.OutcomesException;
import outcomes.report.FrameworkView;
import outcomes.report.HeadlineGap;
import outcomes.report.IndicatorView;
import outcomes.report.ProgressView;
import outcomes.report.WardMap;
import outcomes.report.chart.ReportCharts;
import outcomes.report.workbook.WorkbookWriter;

/**
 * The main job: the outcomes-framework workbook (and chart images) from the catalogue and its data.
 * Everything is computed before anything is written, and the workbook and the charts are replaced
 * as one set ({@link OutputSet}), so a failed or killed run leaves the previous report as it was.
 * POI's temporary files go in a folder of the run's own ({@link PrivateTemp}).
 */
public final class ReportJob {
  public static final String WORKBOOK = "outcomes-framework.xlsx";
  public static final String CHARTS = "charts";

  /**
   * @param asOf the day freshness is judged on: today for a scheduled run, a fixed day for a rerun
   *     that must give the same bytes. It never stands in for the date the data run to.
   */
  public record Request(Path indicators, Path data, Path out, LocalDate asOf) {
    public Request {
      java.util.Objects.requireNonNull(asOf, "asOf");
    }
  }

  /** The files written, and the view they were made from. */
  public record Result(List<Path> files, FrameworkView view) {}

  private ReportJob() {}

  public static Result run(Request r, Consumer<String> progress) {
    // the folder is checked, and what a killed run left there put back, before anything else
    OutputSet outputs = OutputSet.in(r.out());
    try (PrivateTemp temp = PrivateTemp.create()) {
      return make(r, outputs, progress);
    }
  }

  private static Result make(Request r, OutputSet outputs, Consumer<String> progress) {
    progress.accept("reading the catalogue and data");
    FrameworkData data = FrameworkData.load(r.indicators(), r.data());
    data.sayWarnings(progress);
    FrameworkView view = ReportViews.of(data, r.asOf());
    ProgressView progressView = ProgressJob.of(data, r.asOf());
    WardBoundaries boundaries = WardMaps.boundaries(data, r.data(), progress);
    // Every file is made in memory first, so nothing is written unless everything could be made.
    // The workbook, the longest part, is made on a thread of its own from here, while the charts
    // are laid out and drawn on the others; it takes the ward maps' images once they are laid out.
    CompletableFuture<ChartImages> laidOut = new CompletableFuture<>();
    FutureTask<ByteArrayOutputStream> workbookTask =
        new FutureTask<>(
            () -> {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              WorkbookWriter.write(
                  view, progressView, (v, borough) -> laidOut.join().of(v, borough), bytes);
              return bytes;
            });
    Thread workbookThread = new Thread(workbookTask, "outcomes-workbook");
    workbookThread.setDaemon(true);
    workbookThread.start();
    List<Rendered> rendered;
    ByteArrayOutputStream book;
    try {
      ChartImages images;
      try {
        List<WardMap> maps = WardMaps.of(view, boundaries);
        // each trend marks the baseline progress is measured from, as `outcomes progress` chooses
        // it
        images =
            new ChartImages(
                ReportCharts.of(
                    view, headlineGaps(data, view), maps, progressView::baselinePeriod));
        laidOut.complete(images);
      } catch (RuntimeException | Error e) {
        laidOut.completeExceptionally(e);
        throw e;
      }
      progress.accept("drawing " + images.charts().size() + " charts");
      rendered = images.charts().parallelStream().map(c -> render(c, images)).toList();
      book = Tasks.result(workbookTask, "writing the workbook");
    } finally {
      // a chart that failed leaves the workbook thread writing POI's temporary files: it ends
      // before the run's temporary folder is removed
      joinQuietly(workbookThread);
    }
    Path workbook = r.out().resolve(WORKBOOK);
    progress.accept(
        "writing "
            + workbook
            + " and "
            + rendered.size() * 2
            + " chart files in "
            + r.out().resolve(CHARTS));
    List<OutputSet.File> set = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    set.add(OutputSet.File.of(WORKBOOK, book::writeTo));
    files.add(workbook);
    for (Rendered c : rendered) {
      Path png = Path.of(CHARTS, c.name() + ".png");
      Path svg = Path.of(CHARTS, c.name() + ".svg");
      set.add(new OutputSet.File(png, o -> o.write(c.png())));
      set.add(new OutputSet.File(svg, o -> o.write(c.svg())));
      files.add(r.out().resolve(png));
      files.add(r.out().resolve(svg));
    }
    // the workbook and every chart replace the previous ones together, or none does
    outputs.replace(set);
    return new Result(files, view);
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Rendered(String name, byte[] png, byte[] svg) {}

  private static Rendered render(ReportCharts.Named c, ChartImages images) {
    try {
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      c.chart().writeSvg(svg);
      return new Rendered(c.name(), images.png(c.name()), svg.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The framework's headline gaps (framework.yaml), each followed over every period both areas
   * have. A pair whose areas the data lack draws no chart; validate warns of it.
   */
  public static List<HeadlineGap> headlineGaps(FrameworkData data, FrameworkView view) {
    List<HeadlineGap> gaps = new ArrayList<>();
    for (GapPair pair : data.catalogue().framework().headlineGaps()) {
      Optional<IndicatorData> ind = data.indicator(pair.indicator());
      Optional<IndicatorView> shown =
          view.indicators().stream()
              .filter(
                  v ->
                      v.indicator().id().equals(pair.indicator())
                          && pair.sex().map(s -> s == v.sex()).orElse(true))
              .findFirst();
      if (ind.isEmpty() || shown.isEmpty()) {
        continue;
      }
      try {
        GapJob.Result g =
            GapJob.gaps(
                ind.get(),
                new GapJob.Request(
                    null, null, pair.indicator(), pair.area(), pair.vs(), pair.sex(), "all"));
        gaps.add(
            new HeadlineGap(
                shown.get(),
                g.sex(),
                g.areaA(),
                g.areaB(),
                g.gaps().stream().map(GapJob.PeriodGap::a).toList(),
                g.gaps().stream().map(GapJob.PeriodGap::b).toList()));
      } catch (OutcomesException e) {
        // the data lack these areas: HeadlineGapCheck has told validate
      }
    }
    return gaps;
  }
}
