package outcomes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the catalogue and its data are: the options every command that reads them shares. */
final class CatalogueOptions {
  @Option(
      names = "--indicators",
      paramLabel = "DIR",
      defaultValue = "indicators",
      description = "The indicator catalogue folder. Default: ${DEFAULT-VALUE}.")
  Path indicators;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "The folder the catalogue's data paths start from. Default: ${DEFAULT-VALUE}.")
  Path data;
}
