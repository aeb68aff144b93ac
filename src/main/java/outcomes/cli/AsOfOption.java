package outcomes.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** --as-of DATE: the day freshness is judged on; the only place a command reads the clock. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day freshness is judged on (YYYY-MM-DD), so a stale figure is said to be one."
              + " Default: today. Give a fixed day for a rerun that must give the same bytes; the"
              + " date the data run to never changes.")
  LocalDate day;

  /** The day given, else today. */
  LocalDate day() {
    return day != null ? day : LocalDate.now();
  }
}
