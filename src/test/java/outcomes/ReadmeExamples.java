package outcomes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's console examples, read by the convention its "The README's examples are tests"
 * states: a block fenced as {@code ```console} (with {@code needs=…} words after it for what it
 * needs beyond the tool); in it, a line starting {@code $ } is a command ({@code \} at its end
 * continues it on the next line), and the lines after it are what it shows the command print,
 * {@code …} standing for text left out. Other blocks ({@code ```sh}, {@code ```yaml}…) are not
 * examples to run.
 */
final class ReadmeExamples {
  /** Written for text left out: within a line any text, and on a line of its own any lines. */
  static final String ELLIPSIS = "…";

  private ReadmeExamples() {}

  /** A console block: the line of its opening fence, what it needs, its commands in order. */
  record Block(int line, List<String> needs, List<Command> commands) {
    Block {
      needs = List.copyOf(needs);
      commands = List.copyOf(commands);
    }

    /**
     * Whether the README shows the exit code of the command at this index, as a following {@code $
     * echo $?} whose line is the code; any other command must succeed.
     */
    boolean showsExitCode(int index) {
      return index + 1 < commands.size() && commands.get(index + 1).text().equals("echo $?");
    }
  }

  /**
   * A command as bash takes it (continuation lines joined by their line breaks), its line in the
   * README, and the lines the README shows it printing.
   */
  record Command(int line, String text, List<Shown> shown) {
    Command {
      shown = List.copyOf(shown);
    }

    /** The command's first line, to name it in a message. */
    String firstLine() {
      return text.lines().findFirst().orElse("");
    }
  }

  /** A line the README shows a command printing, with its line in the README. */
  record Shown(int line, String text) {
    /** Whether some line of the output is this one, {@code …} matching any text. */
    boolean foundIn(List<String> output) {
      return output.stream().anyMatch(actual -> matches(text, actual));
    }
  }

  static List<Block> read(Path readme) throws IOException {
    return parse(Files.readAllLines(readme, StandardCharsets.UTF_8));
  }

  /** The console blocks of a Markdown text, given as its lines. */
  static List<Block> parse(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        i++;
        continue;
      }
      int indent = lines.get(i).indexOf('`');
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      List<String> info = List.of(fence.substring(3).strip().split("\\s+"));
      if (info.get(0).equals("console")) {
        blocks.add(block(lines, i, end, indent, info.subList(1, info.size())));
      }
      i = end + 1;
    }
    return blocks;
  }

  private static Block block(
      List<String> lines, int fence, int end, int indent, List<String> words) {
    List<String> needs = new ArrayList<>();
    for (String word : words) {
      if (!word.startsWith("needs=")) {
        throw new IllegalArgumentException(
            "README.md:" + (fence + 1) + ": a console block takes only needs=… after its name");
      }
      needs.addAll(List.of(word.substring("needs=".length()).split(",")));
    }
    List<Command> commands = new ArrayList<>();
    int j = fence + 1;
    while (j < end) {
      String line = unindent(lines.get(j), indent);
      if (!line.startsWith("$ ")) {
        if (!line.isBlank()) {
          throw new IllegalArgumentException(
              "README.md:" + (j + 1) + ": output before the block's first command ($ …)");
        }
        j++;
        continue;
      }
      int start = j;
      StringBuilder text = new StringBuilder(line.substring(2));
      while (text.toString().endsWith("\\") && j + 1 < end) {
        j++;
        text.append('\n').append(unindent(lines.get(j), indent));
      }
      List<Shown> shown = new ArrayList<>();
      j++;
      while (j < end && !unindent(lines.get(j), indent).startsWith("$ ")) {
        String out = unindent(lines.get(j), indent).stripTrailing();
        if (!out.isBlank() && !out.strip().equals(ELLIPSIS)) {
          shown.add(new Shown(j + 1, out));
        }
        j++;
      }
      commands.add(new Command(start + 1, text.toString().strip(), shown));
    }
    if (commands.isEmpty()) {
      throw new IllegalArgumentException(
          "README.md:" + (fence + 1) + ": a console block without a command ($ …)");
    }
    return new Block(fence + 1, needs, commands);
  }

  private static String unindent(String line, int indent) {
    int n = 0;
    while (n < indent && n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return line.substring(n);
  }

  /**
   * Whether an output line is the line shown: the same text but for trailing spaces, where each
   * {@code …} in the shown line stands for any text (none included).
   */
  static boolean matches(String shown, String actual) {
    String[] parts = shown.stripTrailing().split(ELLIPSIS, -1);
    String line = actual.stripTrailing();
    if (parts.length == 1) {
      return line.equals(parts[0]);
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (!line.startsWith(first) || line.length() < first.length() + last.length()) {
      return false;
    }
    int from = first.length();
    int to = line.length() - last.length();
    if (!line.startsWith(last, to)) {
      return false;
    }
    for (int p = 1; p < parts.length - 1; p++) {
      int at = line.indexOf(parts[p], from);
      if (at < 0 || at + parts[p].length() > to) {
        return false;
      }
      from = at + parts[p].length();
    }
    return true;
  }
}
