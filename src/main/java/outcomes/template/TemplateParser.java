package outcomes.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.template.Template.Arg;
import outcomes.template.Template.Block;
import outcomes.template.Template.Inline;
import outcomes.template.Template.Placeholder;
import outcomes.template.Template.Text;

/**
 * Parses a board-paper template, line by line, into a {@link Template}. The language is documented
 * in the README ("The template language") and at the top of {@code templates/board-paper.md}. The
 * parser knows the shape of every placeholder; whether an indicator, area or chart exists is for
 * the resolver, which reports at the same places. Every error is an {@link OutcomesException} of
 * kind BAD_INPUT at FILE:LINE:COLUMN.
 */
public final class TemplateParser {
  private static final Set<String> LOOP_SETS =
      Set.of("ambition", "outcome", "ambitions", "outcomes", "indicators");

  private final String file;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final List<Inline> paragraph = new ArrayList<>();
  private Location paragraphAt;

  /** An open loop (or the whole template, at the bottom) and the blocks read into it. */
  private record Frame(
      String variable, Location at, Arg set, Optional<Arg> of, List<Block> blocks) {}

  private TemplateParser(String file) {
    this.file = file;
    frames.push(new Frame("", null, null, Optional.empty(), new ArrayList<>()));
  }

  /** Parses {@code text}, naming {@code file} in errors ("templates/board-paper.md"). */
  /** How deep loops may nest: an ambition inside an outcome inside the outcomes is three. */
  public static final int MAX_NESTING = 3;

  public static Template parse(String file, String text) {
    return new TemplateParser(file).read(text);
  }

  /** A control character would make the paper's XML invalid: refused where it stands. */
  private void printable(String line, int number) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
        throw OutcomesException.badInput(
            new Location(file, number, i + 1),
            "a control character (U+"
                + String.format(java.util.Locale.ROOT, "%04X", (int) c)
                + ") in the template: remove it");
      }
    }
  }

  private Template read(String text) {
    String[] lines = text.split("\n", -1);
    boolean comment = false;
    for (int n = 0; n < lines.length; n++) {
      String line =
          lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
      if (n == 0 && line.startsWith("\uFEFF")) {
        line = " " + line.substring(1);
      }
      printable(line, n + 1);
      if (comment) {
        comment = !line.contains("-->");
        continue;
      }
      String t = line.strip();
      if (t.startsWith("<!--")) {
        endParagraph();
        comment = !t.substring(4).contains("-->");
        continue;
      }
      line(n + 1, line, t);
    }
    if (comment) {
      throw OutcomesException.badInput(
          new Location(file, lines.length, 1),
          "a comment <!-- that does not end: close it with -->");
    }
    endParagraph();
    if (frames.size() > 1) {
      throw OutcomesException.badInput(
          frames.peek().at(), "{{for " + frames.peek().variable() + " …}} without {{end}}");
    }
    return new Template(file, frames.peek().blocks());
  }

  private void line(int number, String line, String t) {
    int indent = 1;
    while (indent <= line.length() && Character.isWhitespace(line.charAt(indent - 1))) {
      indent++;
    }
    Inlines inlines = new Inlines(file, number, variables());
    if (t.isEmpty()) {
      endParagraph();
    } else if (t.equals("---")) {
      add(new Template.PageBreak(new Location(file, number, indent)));
    } else if (t.startsWith("#")) {
      heading(inlines, number, t, indent);
    } else if (t.startsWith("- ") || t.startsWith("* ")) {
      add(
          new Template.Bullet(
              text(inlines, t.substring(2), indent + 2), new Location(file, number, indent)));
    } else if (alone(t, "for")) {
      loop(inlines, t, indent);
    } else if (alone(t, "end")) {
      end(inlines, t, indent);
    } else {
      List<Inline> parsed = inlines.parse(t, indent);
      Optional<Placeholder> block = blockPlaceholder(parsed);
      if (block.isPresent()) {
        add(new Template.Directive(block.get()));
      } else {
        paragraph(parsed, new Location(file, number, indent));
      }
    }
  }

  private void heading(Inlines inlines, int number, String t, int indent) {
    int level = 0;
    while (level < t.length() && t.charAt(level) == '#') {
      level++;
    }
    if (level > 3) {
      throw inlines.error(indent, "headings go to level 3 (###), not " + level);
    }
    if (level == t.length() || t.charAt(level) != ' ') {
      throw inlines.error(
          indent + level,
          "a heading needs a space after its #: write " + "#".repeat(level) + " Title");
    }
    add(
        new Template.Heading(
            level,
            text(inlines, t.substring(level + 1), indent + level + 1),
            new Location(file, number, indent)));
  }

  /** Text of a heading or bullet: no block placeholders. */
  private List<Inline> text(Inlines inlines, String s, int column) {
    List<Inline> parsed = inlines.parse(s, column);
    for (Inline i : parsed) {
      if (i instanceof Placeholder p && p.kind().block()) {
        throw OutcomesException.badInput(
            p.at(),
            "{{"
                + p.kind().word()
                + "}} makes a block of its own"
                + " and must stand alone on its line");
      }
    }
    return parsed;
  }

  /** The one block placeholder of a line that holds nothing else; an error if mixed with text. */
  private static Optional<Placeholder> blockPlaceholder(List<Inline> parsed) {
    Optional<Placeholder> block = Optional.empty();
    for (Inline i : parsed) {
      if (i instanceof Placeholder p && p.kind().block()) {
        if (parsed.size() > 1) {
          throw OutcomesException.badInput(
              p.at(),
              "{{"
                  + p.kind().word()
                  + "}} makes a block of its"
                  + " own and must stand alone on its line");
        }
        block = Optional.of(p);
      }
    }
    return block;
  }

  private void paragraph(List<Inline> parsed, Location at) {
    if (paragraphAt == null) {
      paragraphAt = at;
    } else {
      paragraph.add(new Text(" ", false));
    }
    paragraph.addAll(parsed);
  }

  private void endParagraph() {
    if (paragraphAt != null) {
      frames.peek().blocks().add(new Template.Paragraph(paragraph, paragraphAt));
      paragraph.clear();
      paragraphAt = null;
    }
  }

  private void add(Block b) {
    endParagraph();
    frames.peek().blocks().add(b);
  }

  /** True when the line is one placeholder starting with {@code word}. */
  private static boolean alone(String t, String word) {
    return t.startsWith("{{")
        && t.endsWith("}}")
        && t.indexOf("}}") == t.length() - 2
        && t.substring(2, t.length() - 2).strip().split("\\s+", 2)[0].equals(word);
  }

  /** {@code {{for NAME in SET [N]}}}. */
  private void loop(Inlines inlines, String t, int indent) {
    List<Inlines.Word> w =
        inlines.words(t.substring(2, t.length() - 2), indent + 2, inlines.at(indent)).words();
    String usage =
        ": write {{for NAME in ambition N}}, {{for NAME in outcome N}}, or {{for NAME in"
            + " ambitions|outcomes|indicators}}";
    if (w.size() < 4 || !w.get(2).text().equals("in")) {
      throw inlines.error(indent, "a loop names its variable and what it runs over" + usage);
    }
    Inlines.Word name = w.get(1);
    if (!name.text().matches("[a-z][a-z0-9]*") || name.quoted()) {
      throw OutcomesException.badInput(
          name.at(),
          "a loop variable is a word of lower-case letters"
              + " and digits, not '"
              + name.text()
              + "'");
    }
    if (Kind.byWord(name.text()).isPresent()
        || LOOP_SETS.contains(name.text())
        || name.text().equals("vs")
        || name.text().equals("for")
        || name.text().equals("end")) {
      throw OutcomesException.badInput(
          name.at(),
          "'"
              + name.text()
              + "' is a word of the template"
              + " language: choose another loop variable");
    }
    if (variables().contains(name.text())) {
      throw OutcomesException.badInput(
          name.at(),
          "loop variable '" + name.text() + "' is already in use by an outer loop: choose another");
    }
    Inlines.Word set = w.get(3);
    if (!LOOP_SETS.contains(set.text())) {
      throw OutcomesException.badInput(
          set.at(),
          "a loop runs over "
              + LOOP_SETS.stream().sorted().toList()
              + ", not '"
              + set.text()
              + "'"
              + usage);
    }
    boolean numbered = set.text().equals("ambition") || set.text().equals("outcome");
    if (w.size() != (numbered ? 5 : 4)) {
      Location where = w.size() > (numbered ? 5 : 4) ? w.get(numbered ? 5 : 4).at() : set.at();
      throw OutcomesException.badInput(
          where,
          numbered
              ? "{{for … in "
                  + set.text()
                  + " N}} needs one number (or loop variable) after '"
                  + set.text()
                  + "'"
              : "{{for … in " + set.text() + "}} takes nothing after '" + set.text() + "'");
    }
    Optional<Arg> of = Optional.empty();
    if (numbered) {
      Inlines.Word n = w.get(4);
      boolean variable = !n.quoted() && variables().contains(n.text());
      if (!variable && !n.text().matches("[1-9][0-9]{0,3}")) {
        throw OutcomesException.badInput(
            n.at(), "'" + n.text() + "' is not a " + set.text() + " number or a loop variable");
      }
      of = Optional.of(new Arg(n.text(), variable, n.at()));
    }
    endParagraph();
    if (frames.size() > MAX_NESTING) {
      // the loops' sets multiply: six nested loops over 20 indicators make 64 million blocks
      throw OutcomesException.badInput(
          inlines.at(indent),
          "loops nest at most " + MAX_NESTING + " deep: end an outer {{for}} before this one");
    }
    frames.push(
        new Frame(
            name.text(),
            inlines.at(indent),
            new Arg(set.text(), false, set.at()),
            of,
            new ArrayList<>()));
  }

  private void end(Inlines inlines, String t, int indent) {
    if (!t.substring(2, t.length() - 2).strip().equals("end")) {
      throw inlines.error(indent + 2, "{{end}} takes nothing else");
    }
    if (frames.size() == 1) {
      throw inlines.error(indent, "{{end}} without a {{for}} to end");
    }
    endParagraph();
    Frame f = frames.pop();
    frames
        .peek()
        .blocks()
        .add(new Template.Loop(f.variable(), f.at(), f.set(), f.of(), f.blocks()));
  }

  private Set<String> variables() {
    Set<String> v = new LinkedHashSet<>();
    frames
        .descendingIterator()
        .forEachRemaining(
            f -> {
              if (!f.variable().isEmpty()) {
                v.add(f.variable());
              }
            });
    return v;
  }
}
