package outcomes.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The defaults of the options that name a path (--indicators, --data, --templates, report's --out,
 * fetch's --out, illustrate's --wards): a default path is always one of the project's, so it is
 * found in the project home. The home is looked for only when such a default is needed, not for
 * --version.
 */
final class HomeDefaults implements IDefaultValueProvider {
  private final Supplier<ProjectHome> find;
  private ProjectHome home;

  HomeDefaults(Supplier<ProjectHome> find) {
    this.find = find;
  }

  ProjectHome home() {
    if (home == null) {
      home = find.get();
    }
    return home;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    return isPath(arg) ? home().resolve(arg.defaultValue()).toString() : null;
  }

  private static boolean isPath(ArgSpec arg) {
    return arg.defaultValue() != null && arg.typeInfo().getType() == Path.class;
  }

  /** Whether the command run took a path's default (so a missing one may be the home's fault). */
  static boolean taken(ParseResult parsed) {
    ParseResult command = parsed;
    while (command.subcommand() != null) {
      command = command.subcommand();
    }
    for (OptionSpec o : command.commandSpec().options()) {
      if (isPath(o) && !command.hasMatchedOption(o)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "HomeDefaults";
  }
}
