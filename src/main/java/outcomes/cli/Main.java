package outcomes.cli;

/** Entry point: around {@link Cli#run}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli registers converters for java.sql and java.time types by reflection, loading and
    // starting up those packages, and looks for Groovy: 10-20 ms of every run, for types no option
    // has (a date option has its own converter, Cli#date). picocli documents both properties.
    System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    System.setProperty("picocli.disable.closures", "true");
    System.exit(Cli.run(args));
  }
}
