package outcomes.app.calc;

import java.io.IOException;
import java.util.List;

/** Where calc's output rows go: a header, then rows, each written as soon as it is known. */
public interface CalcSink {
  void header(List<String> names) throws IOException;

  void row(List<String> cells) throws IOException;
}
