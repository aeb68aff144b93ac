package outcomes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import outcomes.model.TimePeriod;

/**
 * Coverage-guided fuzzing (Jazzer) of the period parser: any text is a period or refused with
 * IllegalArgumentException naming the text and the shapes accepted; any other exception or a hang
 * is a bug. Its committed inputs are under
 * src/test/resources/outcomes/fuzz/TimePeriodFuzzTestInputs/timePeriod/ (see
 * FingertipsExtractFuzzTest for why one fuzz test per class).
 */
class TimePeriodFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void timePeriod(byte[] bytes) {
    try {
      TimePeriod.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException expected) {
      // names the text and the shapes accepted
    }
  }
}
