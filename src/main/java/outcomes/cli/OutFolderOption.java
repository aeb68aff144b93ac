package outcomes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --out DIR of the commands that write a set of files (report, paper). */
final class OutFolderOption {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description =
          "The folder to write to; the files this command wrote there before are replaced as a"
              + " set. Default: ${DEFAULT-VALUE}.")
  Path folder;
}
