package outcomes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import outcomes.catalogue.CatalogueReader;
import outcomes.model.OutcomesException;

/**
 * Coverage-guided fuzzing (Jazzer) of the YAML indicator parser, beside a valid framework.yaml: any
 * file is read or refused with the project's own exception, naming its file and line; any other
 * exception or a hang is a bug. Its committed inputs are under
 * src/test/resources/outcomes/fuzz/IndicatorYamlFuzzTestInputs/indicatorYaml/ (see
 * FingertipsExtractFuzzTest for why one fuzz test per class).
 */
class IndicatorYamlFuzzTest {
  private static final Path VALID = Path.of("src/test/resources/catalogue/valid/indicators");

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
