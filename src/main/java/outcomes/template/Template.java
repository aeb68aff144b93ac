package outcomes.template;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import outcomes.model.Location;

/**
 * A board-paper template parsed into blocks: headings, paragraphs, bullets, placeholders that stand
 * alone on a line (a table, a chart, the changes, the freshness annex), page breaks and loops. Text
 * in headings, paragraphs and bullets is a list of inlines: plain or bold text and placeholders
 * that become words (a number, a sentence about a gap). Every placeholder and argument knows where
 * it was written, so the resolver's errors can say FILE:LINE:COLUMN.
 *
 * <p>JDK and model only, so that a fuzzer or another front end can use it without the report.
 */
public record Template(String file, List<Block> blocks) {
  public Template {
    Objects.requireNonNull(file, "file");
    blocks = List.copyOf(blocks);
  }

  /** One block of the paper, in the order written. */
  public sealed interface Block permits Heading, Paragraph, Bullet, Directive, PageBreak, Loop {}

  /** {@code #}, {@code ##} or {@code ###} and its text. */
  public record Heading(int level, List<Inline> text, Location at) implements Block {
    public Heading {
      if (level < 1 || level > 3) {
        throw new IllegalArgumentException("a heading is level 1 to 3, not " + level);
      }
      text = List.copyOf(text);
    }
  }

  /** Consecutive non-blank lines, joined with spaces. */
  public record Paragraph(List<Inline> text, Location at) implements Block {
    public Paragraph {
      text = List.copyOf(text);
    }
  }

  /** A line starting {@code - }: one bullet point. */
  public record Bullet(List<Inline> text, Location at) implements Block {
    public Bullet {
      text = List.copyOf(text);
    }
  }

  /** A placeholder alone on its line that makes a block: a table, a chart, the changes... */
  public record Directive(Placeholder placeholder) implements Block {
    public Directive {
      Objects.requireNonNull(placeholder, "placeholder");
      if (!placeholder.kind().block()) {
        throw new IllegalArgumentException(placeholder.kind().word() + " is not a block");
      }
    }
  }

  /** {@code ---} alone on a line: the next block starts a new page. */
  public record PageBreak(Location at) implements Block {}

  /**
   * {@code {{for NAME in SET}}} … {@code {{end}}}: the body once per member of the set, with NAME
   * standing for that member wherever it is written as an argument or as {@code {{NAME}}}.
   *
   * @param set "ambition", "outcome" (each with a number or a variable in {@code of}), "ambitions",
   *     "outcomes" or "indicators"
   */
  public record Loop(String variable, Location at, Arg set, Optional<Arg> of, List<Block> body)
      implements Block {
    public Loop {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(set, "set");
      of = of == null ? Optional.empty() : of;
      body = List.copyOf(body);
    }
  }

  /** A piece of text in a heading, paragraph or bullet. */
  public sealed interface Inline permits Text, Placeholder {}

  /** Literal text, bold where written between {@code **}. */
  public record Text(String text, boolean bold) implements Inline {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * {@code {{KIND ARG… key=value…}}}. An argument that names a loop variable in scope is marked as
   * such; {@code {{NAME}}} alone, for a variable, is the kind {@link Kind#VARIABLE}.
   */
  public record Placeholder(Kind kind, List<Arg> args, Map<String, Arg> options, Location at)
      implements Inline {
    public Placeholder {
      Objects.requireNonNull(kind, "kind");
      args = List.copyOf(args);
      options = Map.copyOf(options);
    }

    public Optional<Arg> option(String key) {
      return Optional.ofNullable(options.get(key));
    }
  }

  /**
   * One argument: its text without quotes, whether it names a loop variable in scope, and where it
   * starts.
   */
  public record Arg(String text, boolean variable, Location at) {
    public Arg {
      Objects.requireNonNull(text, "text");
    }
  }
}
