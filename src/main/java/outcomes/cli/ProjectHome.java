package outcomes.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The project's folder, which the default indicators/, data/, templates/ and out/ are in, so that
 * {@code /path/to/outcomes report} works from any folder: OUTCOMES_HOME when set; else the working
 * folder when it holds indicators/framework.yaml; else the project the jar (or classes folder) was
 * built in, two folders up from it (target/outcomes.jar), when that holds one; else the working
 * folder. A path the user gives is theirs, relative to the working folder as usual.
 *
 * <p>When the home is the working folder the defaults stay relative ("out/…"), so messages and
 * outputs are what they were before the home existed.
 */
record ProjectHome(Path folder, boolean found) implements IDefaultValueProvider {
  static final String VARIABLE = "OUTCOMES_HOME";

  /** Marks an option whose default is a path in the project home, not in the working folder. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface Default {}

  /** The working folder, relative paths as they are. */
  static final ProjectHome WORKING_FOLDER = new ProjectHome(Path.of(""), true);

  /** As the tool runs: the variable, the working folder, where this code was loaded from. */
  static ProjectHome find() {
    return find(System.getenv(VARIABLE), Path.of("").toAbsolutePath(), codeLocation());
  }

  /**
   * @param variable OUTCOMES_HOME, or null when it is not set
   * @param workingFolder the absolute working folder
   * @param code the jar or classes folder the tool was loaded from, when known
   */
  static ProjectHome find(String variable, Path workingFolder, Optional<Path> code) {
    if (variable != null && !variable.isBlank()) {
      return at(workingFolder.resolve(variable.strip()), workingFolder, true);
    }
    if (isProject(workingFolder)) {
      return WORKING_FOLDER;
    }
    return code.map(Path::toAbsolutePath)
        .map(Path::getParent) // target/
        .map(Path::getParent) // the project
        .filter(ProjectHome::isProject)
        .map(p -> at(p, workingFolder, true))
        .orElse(new ProjectHome(Path.of(""), false));
  }

  private static ProjectHome at(Path folder, Path workingFolder, boolean found) {
    Path home = folder.toAbsolutePath().normalize();
    return home.equals(workingFolder.toAbsolutePath().normalize())
        ? WORKING_FOLDER
        : new ProjectHome(home, found);
  }

  private static boolean isProject(Path folder) {
    return Files.isRegularFile(folder.resolve("indicators").resolve("framework.yaml"));
  }

  private static Optional<Path> codeLocation() {
    try {
      CodeSource source = ProjectHome.class.getProtectionDomain().getCodeSource();
      return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty(); // an unusual class loader: the working folder it is
    }
  }

  /** Whether the command run took the default of an option marked {@link Default}. */
  static boolean defaultsTaken(ParseResult parsed) {
    ParseResult command = parsed;
    while (command.subcommand() != null) {
      command = command.subcommand();
    }
    for (OptionSpec o : command.commandSpec().options()) {
      if (o.userObject() instanceof Field f
          && f.isAnnotationPresent(Default.class)
          && !command.hasMatchedOption(o)) {
        return true;
      }
    }
    return false;
  }

  /** The default of an option marked {@link Default}, in this folder; null for the others. */
  @Override
  public String defaultValue(ArgSpec arg) {
    if (arg.userObject() instanceof Field f
        && f.isAnnotationPresent(Default.class)
        && arg.defaultValue() != null) {
      return folder.resolve(arg.defaultValue()).toString();
    }
    return null;
  }
}
