package outcomes.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import outcomes.model.Catalogue;
import outcomes.model.Framework;
import outcomes.model.GapPair;
import outcomes.model.Indicator;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;

/**
 * Reads the indicator catalogue: framework.yaml and one YAML file per indicator. Every problem is
 * collected with its file and line, so a user sees them all at once rather than one per run.
 */
public final class CatalogueReader {
  public static final String FRAMEWORK_FILE = "framework.yaml";

  /** The catalogue as far as it could be read, and everything wrong with it. */
  public record Result(Catalogue catalogue, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** The catalogue, or the first problem as an error when there is any. */
    public Catalogue orThrow() {
      if (!problems.isEmpty()) {
        throw OutcomesException.firstOf(problems);
      }
      return catalogue;
    }
  }

  private CatalogueReader() {}

  public static Result read(Path dir) {
    List<Problem> problems = new ArrayList<>();
    Framework framework = framework(dir, problems);
    List<Indicator> indicators = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (Path file : indicatorFiles(dir)) {
      Indicator ind = indicator(file, framework, seen, problems);
      if (ind != null) {
        indicators.add(ind);
      }
    }
    indicators.sort(java.util.Comparator.comparing(Indicator::id));
    if (framework != null) {
      for (GapPair g : framework.headlineGaps()) {
        if (indicators.stream().noneMatch(ind -> ind.id().equals(g.indicator()))) {
          problems.add(
              new Problem(
                  g.at(),
                  "the headline gap names the indicator '"
                      + g.indicator()
                      + "', which is not among the indicators read from this folder: use one of "
                      + indicators.stream().map(Indicator::id).toList()));
        }
      }
    }
    return new Result(framework == null ? null : new Catalogue(framework, indicators), problems);
  }

  /**
   * framework.yaml and the one indicator file named by {@code id}, for the commands about one
   * indicator (gap), which need neither the other indicators nor their checks: each file is checked
   * as {@link #read} checks it. Where the id names no single file of that name (a typo, an id that
   * is not a file name, a .yaml beside a .yml), the whole folder is read instead, so the answer is
   * {@link #read}'s: the ids there are, or what is wrong with the folder.
   */
  public static Result readOne(Path dir, String id) {
    List<Path> named =
        // an id is lower case letters, digits and hyphens, so it never leaves the folder
        id.matches("[a-z0-9][a-z0-9-]{0,63}")
            ? java.util.stream.Stream.of(id + ".yaml", id + ".yml")
                .map(dir::resolve)
                .filter(Files::isRegularFile)
                .toList()
            : List.of();
    if (named.size() != 1) {
      return read(dir);
    }
    List<Problem> problems = new ArrayList<>();
    Framework framework = framework(dir, problems);
    Indicator ind = indicator(named.get(0), framework, new HashMap<>(), problems);
    return new Result(
        framework == null ? null : new Catalogue(framework, ind == null ? List.of() : List.of(ind)),
        problems);
  }

  private static Framework framework(Path dir, List<Problem> problems) {
    if (!Files.isDirectory(dir)) {
      throw OutcomesException.missingInput(
          Location.of(dir.toString()),
          "no such indicators folder: give the folder that holds framework.yaml with --indicators");
    }
    Path frameworkFile = dir.resolve(FRAMEWORK_FILE);
    if (!Files.isRegularFile(frameworkFile)) {
      throw OutcomesException.missingInput(
          Location.of(frameworkFile.toString()),
          "the indicators folder has no framework.yaml listing the outcomes, ambitions and areas");
    }
    return new FrameworkParser(YamlDocument.load(frameworkFile, problems), problems).parse();
  }

  /**
   * One indicator file, checked on its own, against the ids {@code seen} before it (which it joins)
   * and against the framework; null if unreadable.
   */
  private static Indicator indicator(
      Path file, Framework framework, Map<String, Location> seen, List<Problem> problems) {
    if (!Files.isRegularFile(file)) {
      // a pipe or device named *.yaml would hang the read, waiting for a writer
      problems.add(
          new Problem(
              Location.of(file.toString()),
              "is not a regular file (a pipe, a device or a"
                  + " folder): an indicator is a YAML file; remove it or rename it"));
      return null;
    }
    YamlDocument doc;
    try {
      doc = YamlDocument.load(file, problems);
    } catch (OutcomesException e) {
      problems.add(new Problem(e.location(), e.getMessage()));
      return null;
    }
    Indicator ind = new IndicatorParser(doc, problems).parse();
    if (ind == null) {
      return null;
    }
    String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    if (!ind.id().equals(expected)) {
      problems.add(
          new Problem(
              doc.at("/id"),
              "the id '"
                  + ind.id()
                  + "' differs from the file name: rename the file "
                  + ind.id()
                  + ".yaml or change the id"));
    }
    Location first = seen.putIfAbsent(ind.id(), doc.at("/id"));
    if (first != null) {
      problems.add(
          new Problem(doc.at("/id"), "the id '" + ind.id() + "' is also used by " + first.file()));
    }
    if (framework != null) {
      checkAgainst(framework, ind, doc, problems);
    }
    return ind;
  }

  private static void checkAgainst(
      Framework fw, Indicator ind, YamlDocument doc, List<Problem> problems) {
    if (!fw.outcomes().containsKey(ind.outcome())) {
      problems.add(
          new Problem(
              doc.at("/outcome"),
              "outcome "
                  + ind.outcome()
                  + " is not one of the framework's outcomes "
                  + fw.outcomes().keySet()));
    }
    if (!fw.ambitions().containsKey(ind.ambition())) {
      problems.add(
          new Problem(
              doc.at("/ambition"),
              "ambition "
                  + ind.ambition()
                  + " is not one of the framework's ambitions "
                  + fw.ambitions().keySet()));
    }
    for (int i = 0; i < ind.benchmarks().size(); i++) {
      String code = ind.benchmarks().get(i);
      if (fw.area(code).isEmpty()) {
        problems.add(
            new Problem(
                doc.at("/benchmarks/" + i),
                "the benchmark " + code + " is not listed under 'areas' in framework.yaml"));
      }
    }
  }

  private static List<Path> indicatorFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches(".+\\.ya?ml"))
          .filter(p -> !p.getFileName().toString().equals(FRAMEWORK_FILE))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw OutcomesException.missingInput(
          Location.of(dir.toString()), "cannot be listed: " + e.getMessage());
    }
  }
}
