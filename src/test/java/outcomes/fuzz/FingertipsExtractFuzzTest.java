package outcomes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.FingertipsLayout;
import outcomes.ingest.ObservationReader;
import outcomes.model.ColumnMapping;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;

/**
 * Coverage-guided fuzzing (Jazzer) of the Fingertips CSV ingest, which meets files exported by
 * hand: any body under a Fingertips header is read or refused with the project's own exception; any
 * other exception or a hang is a bug. One fuzz test per class, because Jazzer fuzzes one test per
 * JVM and `mvn verify` fuzzes the classes two JVMs at a time. It replays the committed inputs under
 * src/test/resources/outcomes/fuzz/FingertipsExtractFuzzTestInputs/fingertipsExtract/ first
 * (README, Reliability).
 */
class FingertipsExtractFuzzTest {
  private static final String HEADER =
      "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,"
          + "Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,"
          + "Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,"
          + "Recent Trend,Compared to England value or percentiles,"
          + "Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal\r\n";

  @FuzzTest(maxDuration = "60s")
  void fingertipsExtract(byte[] body) throws IOException {
    Path file = Files.createTempFile("fuzz-extract", ".csv");
    try {
      byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[head.length + body.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(body, 0, all, head.length, body.length);
      Files.write(file, all);
      try (CsvRowSource csv = CsvRowSource.open(file, "UTF-8", 1)) {
        FingertipsLayout.of(csv.header(), csv.file(), csv.headerLine(), false);
        ObservationReader.read(csv, ColumnMapping.fingertips(), "", Origin.REAL, o -> {});
      } catch (OutcomesException expected) {
        // a refusal naming the file is the right answer to a broken extract
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
