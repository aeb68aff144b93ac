package outcomes.report.workbook;

import outcomes.report.ProgressText;

/**
 * The workbook's general notes, numbered in this order ([note 1] …) before the notes of each
 * indicator. Tables refer to them from a column's header where the note explains the whole column,
 * and from a cell ("[x] [note 5]") where cells of one column are empty for different reasons. Every
 * note is listed on the Notes sheet, so its numbers never shift with the data.
 */
enum Note {
  ILLUSTRATIVE(
      "Illustrative figures are synthetic: made by outcomes illustrate, from a fixed seed,"
          + " only where nothing real is published, and calibrated to the published figures there are."
          + " They never join a real series. Every table labels them Illustrative in its Data column and"
          + " every chart drawn from them says so in its title. They must not be quoted as published"
          + " figures."),
  COMPARED_WITH_ENGLAND(
      "Compared with England as Fingertips compares (its method 1, overlapping 95%"
          + " confidence intervals, unless the indicator's own note names another method): England's value inside the area's 95% confidence interval is Similar;"
          + " outside it, Better or Worse by the indicator's polarity, or Higher or Lower for an indicator"
          + " where neither is better. Where the source gives no confidence interval but prints its own"
          + " comparison (files derived from Fingertips), that comparison is shown; otherwise Not compared."
          + " A cell's colour (Fingertips' green, amber, red and blues) only repeats its words."),
  RECENT_TREND(
      "Recent trend by Fingertips' rule: the five most recent single-year points of a"
          + " proportion or a crude rate, tested for a trend at the 99.8% level (chi-squared test for"
          + " trend), with every fit leaving one point out agreeing in direction; described as increasing"
          + " or decreasing and, by the indicator's polarity, getting better or worse, or as No significant"
          + " change. Where a trend cannot be calculated the cell says why."),
  CONFIDENCE_INTERVALS(
      "95% confidence intervals as the source publishes them; for a proportion the"
          + " source gives only as a count and a denominator, Wilson score limits computed here. [x]: the"
          + " source publishes no confidence interval for the figure, and none can be computed from what"
          + " it publishes. [z]: the figure is a count (of people), for which no confidence interval is"
          + " given or computed."),
  NO_FIGURE_FOR_AREA(
      "[x]: the data this indicator reads hold no figure for this area in any period."
          + " Its source does not publish one for this area, or the file read (an extract of the source)"
          + " does not include it; the indicator's own note, in the Notes column, says which where it is"
          + " known."),
  NO_FIGURE_FOR_PERIOD(
      "[x]: the data hold figures for this area, but none for this period: the"
          + " source has not published it, or it is in none of the files read. The Trends and Figures"
          + " tables show the periods there are."),
  DECIMALS(
      "Figures are shown to the decimals the source publishes for the indicator; each cell holds"
          + " the figure as read, so nothing is lost to a calculation from it. Text that gives figures (a"
          + " confidence interval, the widest ward gap) is rounded the same way, halves away from zero."),
  WIDEST_WARD_GAP(
      "The widest gap between a borough's best and worst ward, in the latest period with"
          + " ward figures, in whichever borough it is widest. Wards are areas of one boundary set, so no"
          + " gap joins the wards before and after a boundary review. [x]: the data hold no ward figures"
          + " for this indicator (or fewer than two wards of a borough)."),
  FRESHNESS(
      "Freshness, from each indicator's release cadence in its catalogue file, on the day the"
          + " workbook was made: fresh (the next release is not expected yet), due (expected this month"
          + " or within its grace period) or stale (overdue beyond its grace period: newer figures are"
          + " probably published, so these are not the latest). With illustrative figures only there are"
          + " no real data to judge from."),
  TREND_PERIODS(
      "Each indicator's figures over time for the boroughs and the areas they are compared"
          + " with, for periods as long as its latest one, so that three-year figures never run on into"
          + " five-year ones from another source. A period missing from a regular series keeps its rows,"
          + " marked [x], so that no chart draws a line across it; nothing is filled in."),
  WARDS(
      "Each borough's wards in the latest period with ward figures, ranked from best to worst"
          + " (highest first where neither is better), each compared with its borough's figure as"
          + " Fingertips compares (overlapping 95% confidence intervals, unless the indicator's own note"
          + " names another method); Not compared where the ward or the borough has no confidence"
          + " interval. The wards before and after a boundary review are"
          + " different areas, even where their names match."),
  VALUE_NOT_PUBLISHED(
      "The source published the row without a value: the shorthand follows the"
          + " marker or note it wrote instead, which the Figures table's Value note column gives as"
          + " published: [c] suppressed, [u] low reliability (ONS writes u), [x] not available (ONS"
          + " writes x; others NA or a sentence)."),
  NOT_GIVEN(
      "[x]: the source gives no such detail for the figure (an area's name or type, its parent"
          + " area, a count or a denominator)."),
  NOT_SPLIT(
      "[z]: the figure is not split by category (it is the total for the area), so no category"
          + " applies."),
  NO_VALUE_NOTE("[z]: the source gives no note for the figure."),
  PROGRESS(
      "Progress since the strategy's baseline, as outcomes progress measures it. The baseline is"
          + " the period the strategy's own Data sources table cites for the indicator, or else the"
          + " most recent period published before the strategy began. "
          + ProgressText.METHOD
          + " A significant change is Improved or Worsened by the indicator's polarity (Increased or"
          + " Decreased where neither is better). [x]: no baseline, no figure, or no limits to judge"
          + " by, as the Reason column says.");

  final String text;

  Note(String text) {
    this.text = text;
  }
}
