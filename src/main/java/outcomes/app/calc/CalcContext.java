package outcomes.app.calc;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import outcomes.model.OutcomesException;
import outcomes.stats.ConfidenceLevels;

/**
 * What a method needs while it runs: the request, its input (opened once, or twice by a method that
 * needs every value of a group before it can write a row), and the output. Only this package uses
 * it.
 */
public final class CalcContext {
  private final CalcRequest request;
  private final CalcSink sink;
  private long rowsRead;
  private long rowsWritten;

  CalcContext(CalcRequest request, CalcSink sink) {
    this.request = request;
    this.sink = sink;
  }

  ConfidenceLevels levels() {
    return request.levels();
  }

  /** Opens the input; a method that reads it twice opens it twice. */
  CalcInput open() {
    return CalcInput.open(request.in());
  }

  /** Counts the rows a pass read; call it once per input, after its last row. */
  void read(CalcInput in) {
    rowsRead = Math.max(rowsRead, in.rowsRead());
  }

  List<Column> groupColumns(CalcInput in) {
    return request.groups().stream().map(name -> in.column(name, "--group")).toList();
  }

  /** The group columns' names, which start an aggregating method's output. */
  List<String> groupNames() {
    return request.groups();
  }

  /** Writes the header; a name the output would have twice is an error at the input's header. */
  void header(CalcInput in, List<String> names) throws IOException {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw OutcomesException.badInput(
            in.headerLocation(),
            "the output would have two columns"
                + " named '"
                + name
                + "': rename the input's column '"
                + name
                + "'");
      }
    }
    sink.header(names);
  }

  void row(OutRow row) throws IOException {
    sink.row(row.cells());
    rowsWritten++;
  }

  CalcJob.Result result() {
    return new CalcJob.Result(rowsRead, rowsWritten);
  }
}
