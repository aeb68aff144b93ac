package outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the README's "How the code is organised", checked on the imports of the
 * main sources. Every package is named here with the packages and libraries it may use: data flows
 * one way (cli → app → everything else → model), the core (model, ingest, csv, xlsx, catalogue,
 * template, stats, freshness, fetch) never sees the edges, and each library stays in the package
 * that adapts it. A new package fails this test until its arrows are written down.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java");

  /** The libraries whose use is ruled, by import prefix. The JDK (java., javax.) is free. */
  private static final Map<String, String> LIBRARIES =
      Map.ofEntries(
          Map.entry("picocli.", "picocli"),
          Map.entry("org.apache.poi.", "poi"),
          Map.entry("org.openxmlformats.", "poi"),
          Map.entry("org.jfree.", "jfreechart"),
          Map.entry("org.apache.batik.", "batik"),
          Map.entry("org.w3c.", "xml-dom"),
          Map.entry("org.xml.", "xml-dom"),
          Map.entry("com.fasterxml.jackson.", "jackson"),
          Map.entry("org.yaml.snakeyaml.", "yaml"),
          Map.entry("org.apache.commons.csv.", "commons-csv"),
          Map.entry("org.apache.commons.compress.", "commons-compress"),
          Map.entry("org.apache.commons.statistics.", "commons-statistics"));

  /** Each package: the other outcomes packages and the libraries it may import. */
  private static final Map<String, Set<String>> ALLOWED =
      new TreeMap<>(
          Map.ofEntries(
              rule("outcomes.model"),
              rule("outcomes.ingest", "model"),
              rule("outcomes.csv", "model", "ingest"),
              rule("outcomes.xlsx", "model", "ingest", "poi", "xml-dom"),
              rule("outcomes.catalogue", "model", "ingest", "csv", "geo", "jackson", "yaml"),
              rule("outcomes.geo", "model"),
              rule("outcomes.template", "model"),
              rule("outcomes.stats", "model", "stats.spc", "commons-statistics"),
              rule("outcomes.stats.spc", "model"),
              rule("outcomes.freshness", "model"),
              rule("outcomes.fetch", "model", "jackson"),
              rule(
                  "outcomes.report",
                  "model",
                  "stats",
                  "freshness",
                  "geo",
                  "poi",
                  "commons-compress"),
              rule(
                  "outcomes.report.chart",
                  "model",
                  "stats",
                  "geo",
                  "report",
                  "jfreechart",
                  "batik",
                  "xml-dom"),
              rule("outcomes.report.docx", "model", "stats", "report", "poi"),
              rule("outcomes.report.workbook", "model", "stats", "freshness", "report", "poi"),
              rule("outcomes.app.output", "model", "report"),
              rule(
                  "outcomes.app",
                  "model",
                  "ingest",
                  "csv",
                  "xlsx",
                  "catalogue",
                  "geo",
                  "stats",
                  "freshness",
                  "fetch",
                  "report",
                  "report.chart",
                  "report.workbook",
                  "app.output",
                  "jackson"),
              rule("outcomes.app.calc", "model", "ingest", "csv", "stats"),
              rule("outcomes.app.inspect", "model", "ingest", "csv"),
              rule(
                  "outcomes.app.paper",
                  "model",
                  "catalogue",
                  "geo",
                  "stats",
                  "freshness",
                  "template",
                  "report",
                  "report.chart",
                  "report.docx",
                  "app",
                  "app.output",
                  "jackson"),
              rule(
                  "outcomes.cli",
                  "model",
                  "catalogue",
                  "csv",
                  "stats",
                  "stats.spc",
                  "freshness",
                  "fetch",
                  "report",
                  "app",
                  "app.calc",
                  "app.inspect",
                  "app.output",
                  "app.paper",
                  "picocli",
                  "jackson")));

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

  private static Map.Entry<String, Set<String>> rule(String pkg, String... allowed) {
    return Map.entry(pkg, Set.of(allowed));
  }

  @Test
  void everyPackageIsNamedWithItsArrows() throws IOException {
    assertEquals(
        ALLOWED.keySet(),
        packages(),
        "add the new package to ALLOWED, and to the README's diagram");
  }

  @Test
  void importsFollowTheArrows() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String pkg = packageOf(f);
        Set<String> allowed = ALLOWED.getOrDefault(pkg, Set.of());
        Matcher m = IMPORT.matcher(read(f));
        while (m.find()) {
          String imported = m.group(1);
          String kind = kindOf(imported);
          if (kind != null
              && !kind.equals(pkg.substring("outcomes.".length()))
              && !allowed.contains(kind)) {
            offences.add(f + " imports " + imported + " (" + kind + ")");
          }
        }
      }
    }
    assertEquals(List.of(), offences);
  }

  /** The rule an import falls under: an outcomes package, a ruled library, or none (the JDK). */
  private static String kindOf(String imported) {
    if (imported.startsWith("outcomes.")) {
      // a nested type's import (outcomes.report.PaperView.Block) names its package by the
      // lower-case part
      StringBuilder pkg = new StringBuilder();
      for (String part : imported.split("\\.")) {
        if (Character.isUpperCase(part.charAt(0))) {
          break;
        }
        pkg.append(pkg.length() == 0 ? "" : ".").append(part);
      }
      return pkg.substring("outcomes.".length());
    }
    for (Map.Entry<String, String> lib : LIBRARIES.entrySet()) {
      if ((imported + ".").startsWith(lib.getKey())) {
        return lib.getValue();
      }
    }
    if (imported.startsWith("java.")
        || imported.startsWith("javax.")
        || imported.equals("java")
        || imported.equals("javax")) {
      return null;
    }
    return "unknown library " + imported;
  }

  private static Set<String> packages() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return new TreeSet<>(
          files
              .filter(p -> p.toString().endsWith(".java"))
              .map(ArchitectureTest::packageOf)
              .toList());
    }
  }

  private static String packageOf(Path javaFile) {
    return MAIN.relativize(javaFile.getParent()).toString().replace('/', '.').replace('\\', '.');
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
