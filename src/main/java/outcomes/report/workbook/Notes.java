package outcomes.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import outcomes.model.ComparisonMethod;
import outcomes.model.Indicator;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;

/**
 * The workbook's numbered notes: the general ones ({@link Note}) first, then one per indicator (its
 * definition, source and licence, and its catalogue notes), in the order of the framework. Numbers
 * are fixed before any table is written, so a table refers to a note by its marker ("[note 3]", the
 * standard's word, never a symbol or superscript).
 */
final class Notes {
  /** One row of the notes table; {@code link} is "" where the note has none. */
  record Entry(String number, String text, String link) {}

  private final Map<String, Integer> indicatorNumbers = new LinkedHashMap<>();
  private final List<Indicator> indicators = new ArrayList<>();

  Notes(FrameworkView view) {
    for (IndicatorView v : view.indicators()) {
      if (!indicatorNumbers.containsKey(v.indicator().id())) {
        indicatorNumbers.put(v.indicator().id(), Note.values().length + indicators.size() + 1);
        indicators.add(v.indicator());
      }
    }
  }

  String ref(Note n) {
    return marker(n.ordinal() + 1);
  }

  String ref(Indicator i) {
    Integer n = indicatorNumbers.get(i.id());
    if (n == null) {
      throw new IllegalArgumentException("no note for indicator " + i.id());
    }
    return marker(n);
  }

  private static String marker(int n) {
    return "[note " + n + "]";
  }

  List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (Note n : Note.values()) {
      out.add(new Entry(ref(n), n.text, ""));
    }
    for (Indicator i : indicators) {
      out.add(new Entry(ref(i), about(i), i.source().link()));
    }
    return out;
  }

  /** An indicator's note: what it measures, who publishes it under which licence, and its notes. */
  static String about(Indicator i) {
    StringBuilder b = new StringBuilder(i.title()).append(" (").append(i.id()).append(").");
    if (!i.definition().isEmpty()) {
      b.append(' ').append(sentence(i.definition()));
    }
    b.append(" Source: ").append(i.source().name());
    if (!i.source().licence().isEmpty()) {
      b.append(", ").append(i.source().licence());
    }
    b.append('.');
    if (i.comparison() == ComparisonMethod.NONE) {
      b.append(" Its figures are not compared with England, nor its wards with their borough.");
    } else if (i.comparison() != ComparisonMethod.CI_OVERLAP) {
      b.append(" Compared with England, and each ward with its borough, by Fingertips' method ")
          .append(i.comparison().fingertipsId())
          .append(": ")
          .append(i.comparison().description())
          .append('.');
    }
    if (!i.notes().isEmpty()) {
      b.append(' ').append(sentence(i.notes().replaceAll("\\s+", " ")));
    }
    return Cells.fitted(b.toString());
  }

  private static String sentence(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith(")") ? t : t + ".";
  }
}
