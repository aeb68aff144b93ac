package outcomes.model;

/**
 * The one data-quality policy: for each kind of untidiness real publishers leave in their files,
 * whether it is an error or a warning, decided here once and applied by every command. A file is
 * refused only where it cannot be read or would be misread; where it is merely untidy the row is
 * read and the untidiness said, naming file, line and column.
 *
 * <p>What is accepted silently is not a rule here, because it is no problem: an identical repeat of
 * a row (Fingertips repeats England rows), counts written with thousands separators, and HTML
 * markup or the usual missing markers where a number is missing (kept as the value note).
 */
public enum DataRule {
  /**
   * Fingertips rounds some values but not their limits (a value of 17 with limits 17.025 to
   * 17.071): the figure is still right, and is compared on its limits.
   */
  VALUE_OUTSIDE_LIMITS(Severity.WARNING, Severity.NOT_READ, Severity.WARNING),
  /**
   * A lower limit above the upper: any comparison made on them would be wrong, so a command that
   * uses the limits refuses the row; one that does not only says so.
   */
  REVERSED_LIMITS(Severity.WARNING, Severity.NOT_READ, Severity.ERROR),
  /**
   * Two rows of one series and period with different figures: which one is right cannot be told,
   * and is never decided by their order. Describing a file says so; taking values refuses.
   */
  CONFLICTING_DUPLICATE(Severity.WARNING, Severity.ERROR, Severity.ERROR),
  /**
   * A count or denominator that is neither a number nor a missing marker: the value is still read,
   * its count missing; only the methods on counts (proportions' trends, funnels) need it, and a
   * command that does not never fails because of it.
   */
  COUNT_NOT_A_NUMBER(Severity.NOT_READ, Severity.NOT_READ, Severity.WARNING),
  /** A column whose name the reader does not know: its cells are not read, which is said. */
  UNRECOGNISED_COLUMN(Severity.WARNING, Severity.WARNING, Severity.WARNING),
  // The rules below are about a catalogue's files read together; inspect reads files alone.

  /**
   * A fetched extract gives a figure that a bundled file also gives, and they differ beyond the
   * bundled file's decimals: the publisher revised it. The fetched (newer) figure is used, and the
   * revision is said with both files and lines.
   */
  REVISED_FIGURE(Severity.NOT_READ, Severity.NOT_READ, Severity.WARNING),
  /**
   * A fetched extract gives real figures for a series a bundled file fills with illustrative ones:
   * the real figures are used, the illustrative series is set aside (never mixed into the real
   * one), and the bundled file should be taken out of the indicator.
   */
  REAL_REPLACES_ILLUSTRATIVE(Severity.NOT_READ, Severity.NOT_READ, Severity.WARNING),
  /**
   * An indicator declared by its Fingertips id alone whose extract has not been fetched yet: it has
   * no figures until `outcomes update` fetches them.
   */
  NOT_FETCHED_YET(Severity.NOT_READ, Severity.NOT_READ, Severity.WARNING),
  /**
   * A file that gives no age group beside files of the same indicator that give several, none of
   * them "All ages": which one it means cannot be told, and the report would show one series and
   * not the other. (Beside a single age group, such a file is about that one and joins it.)
   */
  AGE_GROUP_NOT_GIVEN(Severity.NOT_READ, Severity.NOT_READ, Severity.ERROR),
  /**
   * A declared file that gives the indicator no figure at all (only a header, or every row filtered
   * away by where: or areas:): the report would quietly fall back to other files.
   */
  FILE_GIVES_NO_FIGURES(Severity.NOT_READ, Severity.NOT_READ, Severity.ERROR),
  /**
   * A period that starts after the day the data are read: no publisher has figures for it, so it is
   * a typo (2052 for 2025) that would become the "latest" figure.
   */
  PERIOD_IN_THE_FUTURE(Severity.NOT_READ, Severity.NOT_READ, Severity.ERROR),
  /**
   * An indicator with figures for several age groups and none for all ages: the framework shows one
   * age group per indicator, and which cannot be told.
   */
  SEVERAL_AGE_GROUPS(Severity.NOT_READ, Severity.NOT_READ, Severity.ERROR),
  /**
   * A ward code the ward lookups do not list (a ward of another borough, or of a boundary set they
   * leave out), or a ward of an ended boundary set given a figure for a period after it ended (a
   * pre-2022 Westminster code in a file of today's wards): it would be ranked among wards it does
   * not belong with.
   */
  WARD_NOT_IN_ITS_BOUNDARY_SET(Severity.NOT_READ, Severity.NOT_READ, Severity.ERROR);

  /** The rule's name in JSON and documentation: "value-outside-limits". */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** What a command does with a file. */
  public enum Use {
    /** Summarises what a file holds (inspect). */
    SUMMARY,
    /**
     * Takes each series' latest value, not its limits (inspect --latest): the limits are not read,
     * which on a national extract saves a quarter of the time.
     */
    LATEST_VALUES,
    /** Takes values with their limits to compare and show (compare, validate, report, paper). */
    FIGURES
  }

  private final Severity summary;
  private final Severity latestValues;
  private final Severity figures;

  DataRule(Severity summary, Severity latestValues, Severity figures) {
    this.summary = summary;
    this.latestValues = latestValues;
    this.figures = figures;
  }

  public Severity severity(Use use) {
    switch (use) {
      case SUMMARY:
        return summary;
      case LATEST_VALUES:
        return latestValues;
      case FIGURES:
        return figures;
    }
    throw new AssertionError(use);
  }

  /**
   * Whether a value lies outside its limits by more than the last bits of a double: the one test of
   * {@link #VALUE_OUTSIDE_LIMITS}.
   */
  public static boolean outsideLimits(double v, double lo, double hi) {
    double slack = 1e-9 * Math.max(1, Math.abs(v));
    return v < lo - slack || v > hi + slack;
  }

  /** The problem this rule makes of a finding, for a command using the file so. */
  public Problem problem(Location at, String message, Use use) {
    return new Problem(at, message, severity(use));
  }
}
