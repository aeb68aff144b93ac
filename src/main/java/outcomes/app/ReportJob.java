package outcomes.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import outcomes.report.FrameworkView;
import outcomes.report.workbook.WorkbookWriter;

/**
 * The main job: the outcomes-framework workbook (and chart images) from the catalogue and its
 * data. Everything is computed before anything is written, and each file is written whole or not
 * at all, so a failed run leaves the previous report as it was.
 */
public final class ReportJob {
  public static final String WORKBOOK = "outcomes-framework.xlsx";

  /** @param asOf the date the report stands at; without it, the end of the latest data period */
  public record Request(Path indicators, Path data, Path out, Optional<LocalDate> asOf) {}

  /** The files written, and the view they were made from. */
  public record Result(List<Path> files, FrameworkView view) {}

  private ReportJob() {}

  public static Result run(Request r, Consumer<String> progress) {
    progress.accept("reading the catalogue and data");
    FrameworkData data = FrameworkData.load(r.indicators(), r.data());
    FrameworkView view = ReportViews.of(data, r.asOf());
    List<Path> files = new ArrayList<>();
    Path workbook = r.out().resolve(WORKBOOK);
    progress.accept("writing " + workbook);
    AtomicOutput.write(workbook, o -> WorkbookWriter.write(view, o));
    files.add(workbook);
    return new Result(files, view);
  }
}
