package outcomes.cli;

import picocli.CommandLine.Option;

/** --indicator-id: the indicator of an extract that does not say (inspect, compare). */
final class IndicatorIdOption {
  @Option(
      names = "--indicator-id",
      paramLabel = "ID",
      description =
          "The indicator of extracts without an Indicator ID column (Fingertips' legacy"
              + " single-indicator download).")
  String id = "";

  /** The id given, or "" when none was. */
  String id() {
    return id.strip();
  }
}
