package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hostile-input suite (issue 8): one test per class of broken or hostile file, each run through
 * every command that reads files. Whatever the file, the answer is a short error naming it (with
 * line and column where one applies), a documented exit code, no stack trace, promptly. Catalogue
 * commands get the hostile file as the campylobacter extract of the test catalogue. The heaviest
 * cases run in a 256 MB JVM in {@link HostileInputMemoryTest}.
 */
class HostileInputTest {
  static final Path EXTRACT =
      Path.of(
          "src/test/resources/catalogue/valid/data/real/campylobacter_93356_london_2015-2017.csv");
  static final Path CATALOGUE = Path.of("src/test/resources/catalogue/valid");
  static final String DATA_FILE = "data/real/campylobacter_93356_london_2015-2017.csv";
  static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 65, 66, 74, 75);

  @TempDir Path dir;

  /** Every command that reads files, and how it is given one. */
  enum Command {
    INSPECT,
    COMPARE,
    CALC,
    VALIDATE,
    GAP,
    PROGRESS,
    REPORT,
    PAPER,
    FRESHNESS;

    boolean readsCatalogue() {
      return ordinal() >= VALIDATE.ordinal();
    }

    /** The output it is given: a folder for the report and the paper, else a file. */
    String output() {
      return this == REPORT || this == PAPER ? "out" : "out.csv";
    }

    List<String> args(Path input, Path root, Path out) {
      String in = input.toString();
      String ind = root.resolve("indicators").toString();
      String data = root.resolve("data").toString();
      String o = out.toString();
      switch (this) {
        case INSPECT:
          return List.of("inspect", "--latest", "--format", "csv", "--out", o, in);
        case COMPARE:
          return List.of("compare", "--in", in, "--polarity", "low-is-good", "--out", o);
        case CALC:
          return List.of(
              "calc",
              "rate",
              "--in",
              in,
              "--count",
              "Count",
              "--denominator",
              "Denominator",
              "--out",
              o);
        case VALIDATE:
          return List.of("validate", "--indicators", ind, "--data", data);
        case GAP:
          return List.of(
              "gap",
              "--indicators",
              ind,
              "--data",
              data,
              "--indicator",
              "campylobacter",
              "--area",
              "E09000033",
              "--vs",
              "E09000020",
              "--format",
              "csv",
              "--out",
              o);
        case PROGRESS:
          return List.of(
              "progress",
              "--as-of",
              "2018-01-01",
              "--indicators",
              ind,
              "--data",
              data,
              "--format",
              "csv",
              "--out",
              o);
        case REPORT:
          return List.of("report", "--quiet", "--indicators", ind, "--data", data, "--out", o);
        case PAPER:
          return List.of(
              "paper",
              "--quiet",
              "--indicators",
              ind,
              "--data",
              data,
              "--templates",
              root.resolve("templates").toString(),
              "--out",
              o);
        default:
          return List.of(
              "freshness",
              "--as-of",
              "2018-01-01",
              "--indicators",
              ind,
              "--data",
              data,
              "--out",
              o);
      }
    }
  }

  /** A run of one command on one input, with the path of the input as the command saw it. */
  record Outcome(Command command, Path input, CliRun run) {}

  // ---- the classes of problem -------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Command.class)
  void anEmptyFile(Command c) {
    assertRefused(run(c, new byte[0]), 65, "empty");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aHeaderWithoutRows(Command c) {
    Outcome o = run(c, csv(rows -> rows.subList(0, 1)));
    // a catalogue's file that gives no figure would be lost without a word; a file read alone says
    // what it holds
    if (c.readsCatalogue()) {
      assertRefused(o, 65, "no figures");
    } else {
      assertAccepted(o);
    }
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aMissingColumn(Command c) {
    // the value (and the count calc reads): a file without them has no figure to read
    assertRefused(run(c, csv(rows -> map(rows, r -> without(without(r, 17), 12)))), 65, ":1");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aRenamedColumn(Command c) {
    assertRefused(
        run(
            c,
            csv(
                rows -> {
                  rows.get(0).set(17, "Counts");
                  rows.get(0).set(12, "Values");
                  return rows;
                })),
        65,
        ":1");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aDuplicatedColumn(Command c) {
    assertRefused(
        run(
            c,
            csv(
                rows -> {
                  rows.get(0).set(18, "Count");
                  return rows;
                })),
        65,
        ":1");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aRaggedRow(Command c) {
    assertRefused(
        run(
            c,
            csv(
                rows -> {
                  rows.get(3).addAll(List.of("x", "y", "z"));
                  return rows;
                })),
        65,
        ":");
  }

  /**
   * A row that stops before the columns a command reads (a file cut short) is not a missing value.
   */
  @ParameterizedTest
  @EnumSource(Command.class)
  void aRowCutShort(Command c) {
    assertRefused(
        run(
            c,
            csv(
                rows -> {
                  rows.set(3, rows.get(3).subList(0, 12));
                  return rows;
                })),
        65,
        ":");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void anUnterminatedQuote(Command c) {
    byte[] good = csv(rows -> rows);
    String text =
        new String(good, StandardCharsets.UTF_8) + "93356,\"Campylobacter,,,E09000033\r\n";
    assertRefused(run(c, text.getBytes(StandardCharsets.UTF_8)), 65, "quote");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void randomBytes(Command c) {
    byte[] bytes = new byte[64 * 1024];
    new Random(8).nextBytes(bytes);
    assertRefused(run(c, bytes), 65, "");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void utf16Text(Command c) {
    String text = new String(csv(rows -> rows), StandardCharsets.UTF_8);
    assertRefused(run(c, text.getBytes(StandardCharsets.UTF_16)), 65, "UTF-16");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void latin1Text(Command c) {
    String text =
        new String(
            csv(
                rows -> {
                  rows.get(2).set(5, "Kensington and Chels\u00e9a");
                  return rows;
                }),
            StandardCharsets.UTF_8);
    assertRefused(run(c, text.getBytes(StandardCharsets.ISO_8859_1)), 65, ":");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void utf8WithAByteOrderMarkIsAccepted(Command c) {
    byte[] body = csv(rows -> rows);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    assertAccepted(run(c, bom));
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void numbersThatAreText(Command c) {
    for (String bad : List.of("ninety", "NaN", "Infinity", "-Infinity", "1e999")) {
      assertRefused(
          run(
              c,
              csv(
                  rows -> {
                    rows.get(1).set(12, bad);
                    rows.get(1).set(17, bad);
                    return rows;
                  })),
          65,
          ":2:");
    }
  }

  /**
   * Found by fuzzing: a Time period Sortable of 0 or below was an internal error (exit 70). calc
   * reads only the columns it is given, so it is not asked.
   */
  @ParameterizedTest
  @EnumSource(value = Command.class, names = "CALC", mode = EnumSource.Mode.EXCLUDE)
  void aSortableThatIsNotAPositiveNumber(Command c) {
    for (String bad : List.of("0", "-20150000")) {
      assertRefused(
          run(
              c,
              csv(
                  rows -> {
                    rows.get(1).set(23, bad);
                    return rows;
                  })),
          65,
          ":2:");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Command.class,
      names = {"COMPARE", "VALIDATE", "GAP", "REPORT", "PAPER", "FRESHNESS"})
  void limitsThatAreReversedOrDoNotHoldTheValue(Command c) {
    assertRefused(
        run(
            c,
            csv(
                rows -> {
                  rows.get(1).set(13, "200");
                  rows.get(1).set(14, "100");
                  return rows;
                })),
        65,
        ":2:");
    // a value outside its own limits (Fingertips rounds some values, not their limits) is read,
    // and said where the command says anything of the data (report and paper run --quiet here:
    // errors only)
    CliRun run =
        run(
                c,
                csv(
                    rows -> {
                      rows.get(1).set(13, "1");
                      rows.get(1).set(14, "2");
                      return rows;
                    }))
            .run();
    assertNoTrace(run);
    assertEquals(c == Command.FRESHNESS ? run.code() : 0, run.code(), run.toString());
    if (c == Command.COMPARE || c == Command.VALIDATE || c == Command.FRESHNESS) {
      assertTrue((run.out() + run.err()).contains(":2:13: warning: the value"), run.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Command.class,
      names = {"COMPARE", "VALIDATE", "GAP", "REPORT", "PAPER", "FRESHNESS"})
  void duplicatedRowsThatDisagree(Command c) {
    Outcome o =
        run(
            c,
            csv(
                rows -> {
                  List<String> copy = new ArrayList<>(rows.get(1));
                  copy.set(12, "94.8");
                  rows.add(copy);
                  return rows;
                }));
    assertRefused(o, 65, "different value");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aFolderGivenForAFile(Command c) {
    Outcome o = run(c, null);
    assertRefused(o, 66, c.readsCatalogue() ? "" : "folder");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aMissingFile(Command c) {
    Path root = catalogue();
    Path input = c.readsCatalogue() ? root.resolve(DATA_FILE) : dir.resolve("no-such.csv");
    uncheck(() -> Files.deleteIfExists(input));
    assertRefused(runOn(c, input, root, dir.resolve("out")), 66, "");
  }

  @ParameterizedTest
  @EnumSource(value = Command.class, names = "VALIDATE", mode = EnumSource.Mode.EXCLUDE)
  void anOutputUnderAFile(Command c) throws IOException {
    // a read-only folder stops no one when the tests run as root: a path under a file stops all
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Path root = catalogue();
    Path input =
        c.readsCatalogue() ? root.resolve(DATA_FILE) : Files.copy(EXTRACT, dir.resolve("in.csv"));
    Outcome o = new Outcome(c, file, timed(c.args(input, root, file.resolve(c.output()))));
    assertRefused(o, 74, "");
    assertEquals("x", Files.readString(file));
  }

  /**
   * An output file that is a symbolic link (as /dev/stdout is), a named pipe or a folder: the new
   * file would be moved onto its name and replace it, so each command that writes a file refuses it
   * before reading anything, exit 74, in one line saying what it is and what to do, and it is left
   * as it was. (Devices are checked in OutputPathsTest, without writing to one.)
   */
  @ParameterizedTest
  @EnumSource(
      value = Command.class,
      names = {"INSPECT", "COMPARE", "CALC", "GAP", "FRESHNESS"})
  void anOutputFileThatIsALinkAPipeOrAFolder(Command c) throws IOException {
    Path root = catalogue();
    Path input =
        c.readsCatalogue() ? root.resolve(DATA_FILE) : Files.copy(EXTRACT, dir.resolve("in.csv"));
    Path target = Files.writeString(dir.resolve("target.csv"), "kept");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
    assertOneLine(
        timed(c.args(input, root, link)),
        link
            + ": is a symbolic link to "
            + target
            + ": outcomes writes a file whole and moves it onto its name, which would replace the link; give the"
            + " path it points to, or --out - for standard output");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("kept", Files.readString(target));

    Path folder = Files.createDirectories(dir.resolve("folder.csv"));
    assertOneLine(
        timed(c.args(input, root, folder)), folder + ": is a folder: give the path of a file");
    assertTrue(Files.isDirectory(folder));

    Path fifo = dir.resolve("pipe.csv");
    if (mkfifo(fifo)) {
      assertOneLine(
          timed(c.args(input, root, fifo)),
          fifo
              + ": is a named pipe (FIFO), not a regular file:"
              + " outcomes writes a file whole and moves it onto its name, which would replace it; give --out - and"
              + " redirect standard output to it");
      assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a pipe");
    }
  }

  /** An output folder that is a link to a folder is written through; the link stays a link. */
  @ParameterizedTest
  @EnumSource(
      value = Command.class,
      names = {"REPORT", "PAPER"})
  void anOutputFolderThatIsALinkIsWrittenThrough(Command c) throws IOException {
    Path root = catalogue();
    Path real = Files.createDirectories(dir.resolve("real-out"));
    Path link = Files.createSymbolicLink(dir.resolve("out-link"), real);
    CliRun run = timed(c.args(root.resolve(DATA_FILE), root, link));
    assertEquals(0, run.code(), run.toString());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(
        Files.isRegularFile(
            real.resolve(c == Command.REPORT ? "outcomes-framework.xlsx" : "board-paper.docx")));
  }

  /** An output folder that is a file, a pipe or a link to a file: exit 74, before any reading. */
  @ParameterizedTest
  @EnumSource(
      value = Command.class,
      names = {"REPORT", "PAPER"})
  void anOutputFolderThatIsAFileAPipeOrALinkToAFile(Command c) throws IOException {
    Path root = catalogue();
    Path file = Files.writeString(dir.resolve("file"), "kept");
    assertOneLine(
        timed(c.args(root.resolve(DATA_FILE), root, file)),
        file + ": is a file, not a folder: give a" + " folder with --out");
    Path link = Files.createSymbolicLink(dir.resolve("link"), file);
    assertOneLine(
        timed(c.args(root.resolve(DATA_FILE), root, link)),
        link
            + ": is a symbolic link to "
            + file
            + ", which is not a folder: make it point to a folder, or give another --out folder");
    Path fifo = dir.resolve("pipe");
    if (mkfifo(fifo)) {
      assertOneLine(
          timed(c.args(root.resolve(DATA_FILE), root, fifo)),
          fifo + ": is a named pipe (FIFO), not a" + " folder: give a folder with --out");
    }
    assertEquals("kept", Files.readString(file));
  }

  private static void assertOneLine(CliRun run, String message) {
    assertNoTrace(run);
    assertEquals(74, run.code(), run.toString());
    assertEquals(List.of("outcomes: " + message), run.errLines());
  }

  /** A named pipe, where the system can make one (mkfifo). */
  static boolean mkfifo(Path p) {
    try {
      return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  // ---- running and judging ----------------------------------------------------------------

  private Outcome run(Command c, byte[] content) {
    Path root = catalogue();
    Path input = c.readsCatalogue() ? root.resolve(DATA_FILE) : dir.resolve("input.csv");
    uncheck(
        () -> {
          Files.deleteIfExists(input);
          if (content == null) {
            Files.createDirectories(input);
          } else {
            Files.write(input, content);
          }
        });
    return runOn(c, input, root, dir.resolve(c.output()));
  }

  private Outcome runOn(Command c, Path input, Path root, Path out) {
    return new Outcome(c, input, timed(c.args(input, root, out)));
  }

  private static CliRun timed(List<String> args) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> CliRun.of(args.toArray(String[]::new)),
        () -> "no answer within 60 s: " + args);
  }

  private Path catalogue() {
    Path root = dir.resolve("catalogue");
    if (!Files.exists(root)) {
      copy(CATALOGUE, root);
      // a paper that reads every figure of the catalogue, and the freshness of its sources
      uncheck(
          () ->
              Files.writeString(
                  Files.createDirectories(root.resolve("templates")).resolve("board-paper.md"),
                  "# Paper\n\n{{table indicators}}\n\n{{freshness}}\n"));
    }
    return root;
  }

  /**
   * Refused as it should be: the exit code, a message of at most three lines naming the file and
   * containing the given part, and no stack trace. Freshness reads data only to date it: a bad file
   * is a warning naming it, the indicator's status unknown.
   */
  static void assertRefused(Outcome o, int code, String part) {
    CliRun run = o.run();
    String name = o.input().getFileName().toString();
    assertNoTrace(run);
    assertTrue(run.errLines().size() <= 3, "more than three lines:\n" + run);
    if (o.command() == Command.FRESHNESS && (code == 65 || code == 66)) {
      assertTrue(DOCUMENTED.contains(run.code()), run.toString());
      assertTrue(run.err().contains("warning") && run.err().contains(name), run.toString());
      return;
    }
    if (o.command().readsCatalogue() && code == 66) {
      // a catalogue naming a data file that is missing or a folder is a fault of the catalogue
      // (65, at the line of the entry) as much as a missing input (66)
      assertTrue(run.code() == 65 || run.code() == 66, run.toString());
    } else {
      assertEquals(code, run.code(), run.toString());
    }
    // validate lists every problem on standard output, then fails; the others print one line
    String message = o.command() == Command.VALIDATE ? run.out() : run.err();
    assertTrue(
        o.command() == Command.VALIDATE || run.err().startsWith("outcomes: "), run.toString());
    assertTrue(message.lines().count() <= 3 || o.command() == Command.VALIDATE, run.toString());
    assertTrue(message.contains(name), "the message does not name " + name + ":\n" + run);
    assertTrue(message.contains(part), "the message lacks '" + part + "':\n" + run);
  }

  static void assertAccepted(Outcome o) {
    CliRun run = o.run();
    assertNoTrace(run);
    int expected = o.command() == Command.FRESHNESS ? run.code() : 0;
    assertEquals(expected, run.code(), run.toString());
    assertTrue(run.code() <= 1, run.toString());
    assertFalse(run.err().contains("warning"), run.toString());
  }

  static void assertNoTrace(CliRun run) {
    assertFalse(run.err().contains("\tat "), "a stack trace:\n" + run);
    assertFalse(run.err().contains("Exception"), "an exception's name:\n" + run);
    assertTrue(run.code() != 70, "exit 70 (a bug):\n" + run);
  }

  // ---- building files ---------------------------------------------------------------------

  /** The real London campylobacter extract, its rows (header first) changed by the edit. */
  static byte[] csv(UnaryOperator<List<List<String>>> edit) {
    List<List<String>> rows = new ArrayList<>();
    try (var parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(EXTRACT))) {
      for (CSVRecord r : parser) {
        rows.add(new ArrayList<>(r.toList()));
      }
      StringWriter out = new StringWriter();
      try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
        for (List<String> r : edit.apply(rows)) {
          p.printRecord(r);
        }
      }
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> map(List<List<String>> rows, UnaryOperator<List<String>> f) {
    return new ArrayList<>(rows.stream().map(f).toList());
  }

  private static List<String> without(List<String> row, int index) {
    List<String> r = new ArrayList<>(row);
    if (index < r.size()) {
      r.remove(index);
    }
    return r;
  }

  static void copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface IoAction {
    void run() throws IOException;
  }

  static void uncheck(IoAction a) {
    try {
      a.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
