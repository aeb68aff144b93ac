package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The default indicators/, data/, templates/ and out/ are the project home's, so the tool works
 * from any folder (#23): OUTCOMES_HOME, else the working folder when it holds the catalogue, else
 * the project the jar was built in. Paths the user gives stay relative to the working folder.
 */
class ProjectHomeTest {
  @TempDir Path dir;

  private Path project(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.resolve("indicators"));
    Files.writeString(p.resolve("indicators/framework.yaml"), "");
    return p;
  }

  @Test
  void outcomesHomeComesFirstAndMayBeRelative() throws IOException {
    Path a = project("a");
    project("b");
    Path jar = a.resolve("target/outcomes.jar");

    ProjectHome home = ProjectHome.find("../b", a, jar);

    assertEquals(dir.resolve("b"), home.folder());
    assertTrue(home.found());
  }

  @Test
  void theWorkingFolderWhenItHoldsACatalogueWithPathsLeftRelative() throws IOException {
    Path a = project("a");
    Path elsewhere = project("elsewhere");

    ProjectHome home = ProjectHome.find(null, a, elsewhere.resolve("target/x.jar"));

    assertEquals(ProjectHome.WORKING_FOLDER, home);
    assertEquals(Path.of("out"), home.folder().resolve("out"), "messages say out/…, as before");
  }

  @Test
  void elseTheProjectTheJarOrClassesWereBuiltIn() throws IOException {
    Path project = project("clone");
    Path work = Files.createDirectories(dir.resolve("work"));

    assertEquals(
        project, ProjectHome.find(null, work, project.resolve("target/outcomes.jar")).folder());
    assertEquals(project, ProjectHome.find(null, work, project.resolve("target/classes")).folder());
  }

  @Test
  void elseTheWorkingFolderAndNoProjectFound() throws IOException {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path jar = dir.resolve("lib/outcomes.jar"); // a jar copied away from its project

    ProjectHome home = ProjectHome.find("  ", work, jar);

    assertEquals(Path.of(""), home.folder());
    assertFalse(home.found());
  }

  /** The defaults that are paths are the home's; help shows where that is. */
  @Test
  void theDefaultsThatArePathsAreInTheHome() {
    HomeDefaults defaults = new HomeDefaults(() -> new ProjectHome(dir, true));
    CommandLine cl = OutcomesCommand.commandLine(new String[] {"paper"});
    cl.setDefaultValueProvider(defaults);
    CommandLine.Model.CommandSpec paper = cl.getSubcommands().get("paper").getCommandSpec();

    for (String folder : new String[] {"indicators", "data", "templates", "out"}) {
      assertEquals(
          dir.resolve(folder).toString(),
          defaults.defaultValue(paper.findOption("--" + folder)),
          folder);
    }
    assertNull(defaults.defaultValue(paper.findOption("--as-of")));
    StringWriter help = new StringWriter();
    cl.getSubcommands().get("paper").usage(new PrintWriter(help));
    assertTrue(
        help.toString().replaceAll("\\s+", " ").contains("Default: " + dir.resolve("templates")),
        help.toString());
  }

  /** report from another folder reads the home's catalogue and writes into the home's out/. */
  @Test
  void reportWithAHomeReadsAndWritesThere() {
    Path home = dir.resolve("home");
    HostileInputTest.copy(HostileInputTest.CATALOGUE, home);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Cli.execute(
            new String[] {"report", "--as-of", "2026-06-01"},
            new PrintWriter(out),
            new PrintWriter(err),
            () -> ProjectHome.find(home.toString(), dir, null));

    assertEquals(0, code, err.toString());
    assertTrue(Files.isRegularFile(home.resolve("out/outcomes-framework.xlsx")), out.toString());
    assertTrue(
        out.toString().startsWith("wrote " + home.resolve("out/outcomes-framework.xlsx")),
        out.toString());
  }

  /** Without a project the error says how to name one; a missing file of the user's does not. */
  @Test
  void withoutAProjectAMissingCatalogueSaysHowToNameOne() {
    ProjectHome none = ProjectHome.find(null, dir, null);
    StringWriter err = new StringWriter();

    int code =
        Cli.execute(
            new String[] {"validate", "--indicators", dir.resolve("none").toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            () -> none);

    assertEquals(66, code, err.toString());
    assertTrue(err.toString().contains("or set OUTCOMES_HOME)"), err.toString());

    StringWriter inspect = new StringWriter();
    Cli.execute(
        new String[] {"inspect", dir.resolve("none.csv").toString()},
        new PrintWriter(new StringWriter()),
        new PrintWriter(inspect),
        () -> none);
    assertFalse(inspect.toString().contains("OUTCOMES_HOME"), inspect.toString());
  }

  /**
   * The tool in its own JVM, started in an empty folder: the catalogue is the project's (found from
   * where the classes were loaded), and --out gap.txt is written in the working folder.
   */
  @Test
  void fromAnotherWorkingFolderTheProjectIsFoundAndGivenPathsAreTheUsers() throws Exception {
    Path work = Files.createDirectories(dir.resolve("elsewhere"));

    Run validate = run(work, "validate");
    assertEquals(0, validate.code(), validate.err());
    assertTrue(
        validate.out().matches("(?s).*\\d+ indicators, \\d+ data files, [\\d,]+ observations: .*"),
        validate.out());

    Run gap =
        run(
            work,
            "gap",
            "--indicator",
            "life-expectancy",
            "--within",
            "Westminster",
            "--sex",
            "Male",
            "--out",
            "gap.txt");
    assertEquals(0, gap.code(), gap.err());
    assertTrue(
        Files.readString(work.resolve("gap.txt")).startsWith("Life expectancy at birth, Male"));
  }

  private record Run(int code, String out, String err) {}

  private static Run run(Path work, String... args) throws Exception {
    ProcessBuilder b = Subprocess.builder(work, "256m", args).directory(work.toFile());
    b.environment().remove(ProjectHome.VARIABLE);
    Process p = b.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("no answer within 120 s");
    }
    return new Run(
        p.exitValue(),
        Files.readString(work.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8));
  }
}
