package outcomes.app.calc;

import java.io.IOException;

/**
 * outcomes calc: runs one PHEindicatormethods method over the rows of a CSV file and writes a CSV
 * of the results.
 *
 * <p>Methods that give one result per row (proportion and rate without groups) stream: each row is
 * written as it is read. Methods that aggregate (dsr, isr, mean, life expectancy, sii, and
 * proportion and rate with groups) hold only what each group needs. Quantiles and funnel
 * significance need every value of a group before any row can be written, so they read the input
 * twice and hold one number per row in between.
 */
public final class CalcJob {
  /**
   * What a run did.
   *
   * @param rowsRead data rows read from the input
   * @param rowsWritten rows written, not counting the header
   */
  public record Result(long rowsRead, long rowsWritten) {}

  private CalcJob() {}

  /**
   * Runs the request, writing to the sink as results are known.
   *
   * @throws outcomes.model.OutcomesException for bad input (file:line:column) or a missing file
   * @throws IOException if the sink cannot be written
   */
  public static Result run(CalcRequest request, CalcSink sink) throws IOException {
    CalcContext context = new CalcContext(request, sink);
    request.method().run(context);
    return context.result();
  }
}
