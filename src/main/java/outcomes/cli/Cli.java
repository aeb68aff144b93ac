package outcomes.cli;

/** Builds the command line; filled in by the foundation work. */
final class Cli {
  private Cli() {}

  static int run(String[] args) {
    return 0;
  }
}
