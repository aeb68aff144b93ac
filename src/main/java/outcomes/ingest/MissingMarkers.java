package outcomes.ingest;

import java.util.Set;
import outcomes.model.ColumnMapping;

/**
 * What a cell says where a number is missing. Publishers write a marker ("NA" from R, "..", "x",
 * "[c]" …, {@link ColumnMapping#DEFAULT_MISSING}), and Fingertips' website table export writes HTML
 * ({@code <div class="no-data">-</div>}): the cell's plain text is the marker, kept as the value
 * note.
 */
public final class MissingMarkers {
  private static final Set<String> DEFAULT = Set.copyOf(ColumnMapping.DEFAULT_MISSING);

  private MissingMarkers() {}

  /** The cell without HTML tags, its entities decoded and surrounding white space stripped. */
  public static String plain(String cell) {
    if (cell.indexOf('<') < 0 && cell.indexOf('&') < 0) {
      return cell.strip();
    }
    StringBuilder b = new StringBuilder(cell.length());
    boolean inTag = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '<' && i + 1 < cell.length() && isTagStart(cell.charAt(i + 1))) {
        inTag = true;
      } else if (inTag && c == '>') {
        inTag = false;
      } else if (!inTag) {
        b.append(c);
      }
    }
    return b.toString()
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .strip();
  }

  private static boolean isTagStart(char c) {
    return c == '/' || c == '!' || Character.isLetter(c);
  }

  /** Whether the cell is missing by the usual markers, HTML around one included. */
  public static boolean isMissing(String cell) {
    return isMissing(cell, DEFAULT);
  }

  /** Whether the cell is missing by these markers, HTML around one included. */
  public static boolean isMissing(String cell, Set<String> markers) {
    return markers.contains(plain(cell));
  }
}
