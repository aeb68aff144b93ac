package outcomes.cli;

/** Entry point: one line around {@link Cli#run}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args));
  }
}
