package outcomes.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A board paper as it will be printed: blocks of text, tables and figures, every number already in
 * words, every figure with its caption and alternative text. The renderer only lays it out.
 *
 * @param title the document title (the file's properties)
 * @param dataDate the date the data run to: the document's created and modified dates
 * @param illustrative true when any figure shown is illustrative
 */
public record PaperView(
    String title, LocalDate dataDate, boolean illustrative, List<Block> blocks) {
  public PaperView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dataDate, "dataDate");
    blocks = List.copyOf(blocks);
  }

  /** One block of the paper. */
  public sealed interface Block permits Heading, Para, Bullet, Notice, Table, Figure, PageBreak {}

  /** A heading, level 1 to 3. */
  public record Heading(int level, List<Span> spans) implements Block {
    public Heading {
      spans = List.copyOf(spans);
    }
  }

  /** A paragraph of text. */
  public record Para(List<Span> spans) implements Block {
    public Para {
      spans = List.copyOf(spans);
    }
  }

  /** A bullet point. */
  public record Bullet(List<Span> spans) implements Block {
    public Bullet {
      spans = List.copyOf(spans);
    }
  }

  /** A shaded box that must not be missed, such as the illustrative-data warning. */
  public record Notice(String title, String text) implements Block {}

  /**
   * A table with a header row, repeated on each page, and its caption (source and period).
   *
   * @param widths relative column widths, one per column
   */
  public record Table(
      List<String> header, List<Integer> widths, List<List<Cell>> rows, String caption)
      implements Block {
    public Table {
      header = List.copyOf(header);
      widths = List.copyOf(widths);
      rows = rows.stream().map(List::copyOf).toList();
      int columns = header.size();
      if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
        throw new IllegalArgumentException("every row of a table has one cell per column");
      }
    }
  }

  /**
   * One table cell: its text (a line break where it holds "\n"), a fill colour (RGB hex, or empty)
   * and whether its first line is bold.
   */
  public record Cell(String text, String fill, boolean bold) {
    public Cell {
      Objects.requireNonNull(text, "text");
      fill = fill == null ? "" : fill;
    }

    public static Cell of(String text) {
      return new Cell(text, "", false);
    }
  }

  /**
   * A chart image with its caption (what it shows, source and period) and alternative text.
   *
   * @param widthPt the chart's width in points; the PNG has twice the pixels, for print
   */
  public record Figure(byte[] png, int widthPt, int heightPt, String alt, String caption)
      implements Block {
    public Figure {
      Objects.requireNonNull(png, "png");
      if (alt == null || alt.isBlank()) {
        throw new IllegalArgumentException("a figure needs alternative text");
      }
    }
  }

  /** The next block starts a new page. */
  public record PageBreak() implements Block {}

  /** A piece of text in a heading, paragraph or bullet. */
  public sealed interface Span permits Words, Note {}

  /** Words, bold or not. */
  public record Words(String text, boolean bold) implements Span {
    public Words {
      Objects.requireNonNull(text, "text");
    }

    public static Words of(String text) {
      return new Words(text, false);
    }
  }

  /** A footnote at this point: a figure's source, period and limits. */
  public record Note(String text) implements Span {
    public Note {
      Objects.requireNonNull(text, "text");
    }
  }
}
