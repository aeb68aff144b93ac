package outcomes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import outcomes.model.OutcomesException;
import outcomes.template.TemplateParser;

/**
 * Coverage-guided fuzzing (Jazzer) of the board-paper template parser, which reads a file an
 * analyst edits by hand: any text either parses or is refused with the project's own exception, at
 * a line and column of the file; any other exception or a hang is a bug. Its committed inputs are
 * under src/test/resources/outcomes/fuzz/TemplateParserFuzzTestInputs/template/ (see
 * FingertipsExtractFuzzTest for why one fuzz test per class).
 */
class TemplateParserFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void template(byte[] bytes) {
    try {
      TemplateParser.parse("templates/board-paper.md", new String(bytes, StandardCharsets.UTF_8));
    } catch (OutcomesException refused) {
      if (refused.location() == null
          || refused.location().line() < 1
          || refused.location().column() < 1) {
        throw new AssertionError(
            "a template error without its line and column: " + refused.describe(), refused);
      }
    }
  }
}
