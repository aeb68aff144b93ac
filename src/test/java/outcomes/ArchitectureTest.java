package outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dependency rules of design.md, checked on the imports of the main sources: data flows one
 * way (cli → app → everything else → model), the core never sees the edges, and each library
 * stays in the package that adapts it.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/outcomes");

  @ParameterizedTest(name = "only {1} may import {0}")
  @CsvSource(delimiter = '|', value = {
      "picocli.| cli",
      "org.apache.poi.| xlsx report",
      "org.jfree.| report",
      "org.apache.batik.| report",
      "outcomes.cli.| cli",
      "outcomes.app.| app cli",
      "outcomes.xlsx.| xlsx app",
      "outcomes.report.| report app cli",
      "outcomes.fetch.| fetch app cli",
      "com.fasterxml.jackson.| catalogue app cli fetch",
  })
  void importsStayWhereTheyBelong(String prefix, String allowed) throws IOException {
    assertEquals(List.of(), offenders("import " + prefix, Set.of(allowed.split(" "))));
  }

  @ParameterizedTest(name = "{0} imports only the JDK and the model")
  @CsvSource({"model", "geo"})
  void theModelImportsOnlyTheJdk(String pkg) throws IOException {
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> read(p).lines()
          .filter(l -> l.startsWith("import ") && !l.matches("import (static )?(java|javax)\\..*")
              && !l.startsWith("import outcomes.model."))
          .forEach(l -> bad.add(p + ": " + l)));
    }
    assertEquals(List.of(), bad);
  }

  private static List<String> offenders(String prefix, Set<String> allowed) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> MAIN.relativize(p).getNameCount() > 1)
          .filter(p -> !allowed.contains(MAIN.relativize(p).getName(0).toString()))
          .filter(p -> read(p).lines().anyMatch(l -> l.startsWith(prefix)))
          .map(Path::toString).sorted().toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
