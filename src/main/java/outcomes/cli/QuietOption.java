package outcomes.cli;

import picocli.CommandLine.Option;

/**
 * -q/--quiet: no progress, notes or summary, only errors; for cron, which mails what a job prints.
 */
final class QuietOption {
  @Option(
      names = {"-q", "--quiet"},
      description =
          "For cron: print no progress, notes or summary, only errors (update still lists what"
              + " changed on standard output).")
  boolean quiet;
}
