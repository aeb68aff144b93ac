package outcomes.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * design.md: the spreadsheet reader is an adapter at the edge that the app wires in; the core
 * (model, catalogue, ingest, stats) never imports POI, and only outcomes.xlsx and outcomes.app
 * (which wires it) import the adapter.
 */
class OnlyTheAdapterSeesPoiTest {
  private static final Path MAIN = Path.of("src/main/java/outcomes");

  @Test
  void onlyTheXlsxPackageImportsPoi() throws IOException {
    assertEquals(List.of(), filesImporting("import org.apache.poi", "xlsx"));
  }

  @Test
  void onlyTheAppWiresTheXlsxAdapterIn() throws IOException {
    assertEquals(List.of(), filesImporting("import outcomes.xlsx", "xlsx", "app"));
  }

  private static List<String> filesImporting(String prefix, String... allowed) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !List.of(allowed).contains(MAIN.relativize(p).getName(0).toString()))
          .filter(p -> read(p).lines().anyMatch(l -> l.startsWith(prefix)))
          .map(Path::toString).toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
