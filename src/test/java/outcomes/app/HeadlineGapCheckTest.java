package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueReader;
import outcomes.model.Catalogue;
import outcomes.model.Problem;
import outcomes.model.Severity;

/** A headline gap the data cannot draw is a warning at its line, never a chart silently missing. */
class HeadlineGapCheckTest {
  @TempDir Path dir;

  @Test
  void theBundledHeadlineGapsCanAllBeDrawn() {
    Catalogue c = CatalogueReader.read(Path.of("indicators")).orThrow();
    DataLoader.Result r = DataLoader.load(c, Path.of("data"));
    assertEquals(4, c.framework().headlineGaps().size());
    assertEquals(
        List.of(),
        r.problems().stream().filter(p -> p.message().contains("headline gap")).toList());
  }

  @Test
  void aPairWithAnAreaTheDataLackIsAWarningAtItsLine() throws IOException {
    Path indicators = dir.resolve("indicators");
    Files.createDirectories(indicators);
    try (Stream<Path> files = Files.list(Path.of("indicators"))) {
      for (Path f : files.toList()) {
        Files.copy(f, indicators.resolve(f.getFileName()));
      }
    }
    Path framework = indicators.resolve("framework.yaml");
    Files.writeString(
        framework,
        Files.readString(framework)
            + "  - {indicator: life-expectancy, sex: male, area: E05000648, vs: E05999999}\n");
    Catalogue c = CatalogueReader.read(indicators).orThrow();
    List<Problem> found =
        DataLoader.load(c, Path.of("data")).problems().stream()
            .filter(p -> p.message().contains("headline gap"))
            .toList();
    assertEquals(1, found.size(), found.toString());
    Problem p = found.get(0);
    assertEquals(Severity.WARNING, p.severity());
    assertEquals(Files.readAllLines(framework).size(), p.location().line(), p.toString());
    assertTrue(p.message().contains("E05999999"), p.message());
  }
}
