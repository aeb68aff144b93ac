package outcomes.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * --format, declared once for every command that has it; each command names the formats it writes
 * and a format it does not is wrong usage (exit 2), in the command's own words.
 */
final class FormatOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (the default) or json; gap, inspect --latest and progress also write csv,"
              + " freshness junit (JUnit XML, for CI).")
  Format format;

  /** The format asked for, when this command writes it. */
  Format among(Format... written) {
    List<String> names = Arrays.stream(written).map(Format::name).toList();
    if (!names.contains(format.name())) {
      int last = names.size() - 1;
      throw new ParameterException(
          command.commandLine(),
          "--format: "
              + command.name()
              + " writes "
              + String.join(", ", names.subList(0, last))
              + " or "
              + names.get(last)
              + ", not "
              + format);
    }
    return format;
  }
}
