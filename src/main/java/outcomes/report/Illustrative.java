package outcomes.report;

/**
 * How every output says that a figure is illustrative (synthetic, made by `outcomes illustrate`
 * where nothing real is published), so a chart or table copied out of a report carries the label.
 */
public final class Illustrative {
  /** The label's first words, as a chart's warning line begins. */
  public static final String LABEL = "Illustrative data";

  /** The whole warning. */
  public static final String WARNING = LABEL + ": made up for demonstration, not published figures";

  private Illustrative() {}

  /** A chart's or table's title, with the warning when anything it shows is illustrative. */
  public static String title(String title, boolean illustrative) {
    return illustrative ? title + " (" + WARNING + ")" : title;
  }
}
