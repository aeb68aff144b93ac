package outcomes.cli;

/** Entry point: one line around {@link Cli#run}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // POI logs through the Log4j API; without a provider it prints a warning on every run.
    System.setProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.simplelogLevel", "OFF");
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    System.exit(Cli.run(args));
  }
}
