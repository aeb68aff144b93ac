package outcomes.report.chart;

/**
 * The words around a chart. The title says what the chart shows ("Life expectancy in Westminster
 * has risen but stays below Kensington and Chelsea"); the subtitle gives the measure, unit and
 * period ("Male life expectancy at birth, years, 2001-03 to 2018-20"); the source names the
 * publisher ("OHID Fingertips, indicator 90366"), shown as "Source: …". A chart made from
 * illustrative data says so in a warning line, a watermark and the caption.
 */
public record ChartText(String title, String subtitle, String source, boolean illustrative) {
  public ChartText {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a chart needs a title that says what it shows");
    }
    title = title.strip();
    subtitle = subtitle == null ? "" : subtitle.strip();
    source = source == null ? "" : source.strip();
  }

  /**
   * The unit as the label above an axis: a word is capitalised ("years" becomes "Years", "per
   * 100,000" "Per 100,000"); a symbol keeps its case, for its case is its meaning ("µg/m³" is not
   * "Μg/m³", megagrams; "mg/l", "%" stay as they are).
   */
  static String axisLabel(String unit) {
    int word = 0;
    while (word < unit.length() && unit.charAt(word) >= 'a' && unit.charAt(word) <= 'z') {
      word++;
    }
    boolean aWord = word >= 3 && (word == unit.length() || unit.charAt(word) == ' ');
    return aWord ? Character.toUpperCase(unit.charAt(0)) + unit.substring(1) : unit;
  }
}
