package outcomes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import outcomes.catalogue.CatalogueReader;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.FingertipsLayout;
import outcomes.ingest.ObservationReader;
import outcomes.model.ColumnMapping;
import outcomes.model.Origin;
import outcomes.model.OutcomesException;
import outcomes.model.TimePeriod;

/**
 * Coverage-guided fuzz tests (Jazzer) of the parsers that meet hand-made files: the CSV ingest, the
 * period parser and the YAML indicator parser. Each may succeed or refuse with the project's own
 * exception (or, for the period parser, IllegalArgumentException); any other exception or a hang is
 * a bug. `mvn verify` replays the committed inputs under
 * src/test/resources/outcomes/fuzz/ParserFuzzTestInputs/METHOD/; JAZZER_FUZZ=1 fuzzes for real
 * (README, Reliability).
 */
class ParserFuzzTest {
  private static final String HEADER =
      "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,"
          + "Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,"
          + "Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,"
          + "Recent Trend,Compared to England value or percentiles,"
          + "Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal\r\n";
  private static final Path VALID = Path.of("src/test/resources/catalogue/valid/indicators");

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

  @FuzzTest(maxDuration = "60s")
  void timePeriod(byte[] bytes) {
    try {
      TimePeriod.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException expected) {
      // names the text and the shapes accepted
    }
  }

  @FuzzTest(maxDuration = "60s")
  void indicatorYaml(byte[] yaml) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-catalogue");
    try {
      Files.copy(
          VALID.resolve(CatalogueReader.FRAMEWORK_FILE),
          dir.resolve(CatalogueReader.FRAMEWORK_FILE));
      Files.write(dir.resolve("fuzzed.yaml"), yaml);
      try {
        CatalogueReader.read(dir);
      } catch (OutcomesException expected) {
        // a catalogue it cannot read is refused with its file and line
      }
    } finally {
      try (Stream<Path> s = Files.list(dir)) {
        s.forEach(
            p -> {
              try {
                Files.delete(p);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
      Files.delete(dir);
    }
  }
}
