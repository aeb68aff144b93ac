package outcomes.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The project's folder, which the default indicators/, data/, templates/ and out/ are in, so that
 * {@code /path/to/outcomes report} works from any folder: OUTCOMES_HOME when set; else the working
 * folder when it holds indicators/framework.yaml; else the project the jar (or classes folder) was
 * built in, two folders up from it (target/outcomes.jar), when that holds one; else the working
 * folder. A path the user gives is theirs, relative to the working folder as usual.
 *
 * <p>When the home is the working folder the defaults stay relative ("out/…"), so messages and
 * outputs are what they were before the home existed.
 *
 * @param found whether a project was found (or named by OUTCOMES_HOME)
 */
record ProjectHome(Path folder, boolean found) {
  static final String VARIABLE = "OUTCOMES_HOME";

  /** The working folder, relative paths as they are. */
  static final ProjectHome WORKING_FOLDER = new ProjectHome(Path.of(""), true);

  /** As the tool runs: the variable, the working folder, where this code was loaded from. */
  static ProjectHome find() {
    return find(System.getenv(VARIABLE), Path.of("").toAbsolutePath(), codeLocation());
  }

  /**
   * @param variable OUTCOMES_HOME, or null when it is not set
   * @param workingFolder the absolute working folder
   * @param code the jar or classes folder the tool was loaded from, or null when not known
   */
  static ProjectHome find(String variable, Path workingFolder, Path code) {
    if (variable != null && !variable.isBlank()) {
      return at(workingFolder.resolve(variable.strip()), workingFolder);
    }
    if (isProject(workingFolder)) {
      return WORKING_FOLDER;
    }
    Path built = code == null ? null : code.toAbsolutePath().getParent(); // target/
    Path project = built == null ? null : built.getParent();
    return project != null && isProject(project)
        ? at(project, workingFolder)
        : new ProjectHome(Path.of(""), false);
  }

  private static ProjectHome at(Path folder, Path workingFolder) {
    Path home = folder.toAbsolutePath().normalize();
    return home.equals(workingFolder.toAbsolutePath().normalize())
        ? WORKING_FOLDER
        : new ProjectHome(home, true);
  }

  private static boolean isProject(Path folder) {
    return Files.isRegularFile(folder.resolve("indicators").resolve("framework.yaml"));
  }

  private static Path codeLocation() {
    try {
      CodeSource source = ProjectHome.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null; // an unusual class loader: the working folder it is
    }
  }

  /** A default path of the project, in this home. */
  Path resolve(String defaultPath) {
    return folder.resolve(defaultPath);
  }

  /**
   * Written out, not the record's own, which is bootstrapped through method handles: picocli names
   * the default provider in a trace message for each option it defaults.
   */
  @Override
  public String toString() {
    return "ProjectHome[" + folder + "]";
  }
}
