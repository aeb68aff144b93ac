/**
 * Chart images for the outcomes-framework report: view records that say what a chart shows,
 * computed beforehand, and renderers that draw them with JFreeChart to PNG and, through Apache
 * Batik's SVGGraphics2D, to SVG.
 *
 * <h2>Charts</h2>
 *
 * <ul>
 *   <li>{@link outcomes.report.chart.TrendView} → {@link outcomes.report.chart.Charts#trend}: one
 *       indicator over time, focus areas with shaded 95% bands, against London and England.
 *   <li>{@link outcomes.report.chart.WardsView} → {@link outcomes.report.chart.Charts#wards}: every
 *       ward ranked with 95% error bars, coloured by comparison with the borough.
 *   <li>{@link outcomes.report.chart.GapView} → {@link outcomes.report.chart.Charts#gap}: two areas
 *       over time with the gap shaded and written at the first and latest period.
 *   <li>{@link outcomes.report.chart.SpineView} → {@link outcomes.report.chart.Charts#spine}: one
 *       area across indicators, in the Fingertips manner.
 *   <li>{@link outcomes.report.chart.MapView} → {@link outcomes.report.chart.Charts#map}: a
 *       borough's wards in one boundary set, shaded by comparison with the borough (where there are
 *       limits) or in viridis classes, numbered, with a key and the borough's outline.
 * </ul>
 *
 * <h2>Style</h2>
 *
 * After the GOV.UK Analysis Function guidance on data visualisation: its categorical palette in
 * order (dark blue #12436D, turquoise #28A197, dark pink #801650, orange #F46A25, dark grey
 * #3D3D3D, light purple #A285D1), a left-aligned title that says what the chart shows, a subtitle
 * with measure, unit and period, the source in a caption, gridlines on the value axis only, no
 * borders, shadows or 3D, and colour never the only cue (lines differ in dash and marker, and each
 * comparison has its own marker shape).
 *
 * <p>Comparisons are coloured as Fingertips colours them (the values of the fingertipscharts R
 * package, which reproduces the Fingertips site): better #92D050, similar #FFC000, worse #C00000,
 * not compared #C9C9C9; for indicators without a judgement, lower #5555E6 and higher #BED2FF. The
 * spine chart follows fingertipscharts' {@code area_profiles}: the range of areas #C9C9C9, the
 * interquartile range #8B8B8B, each row scaled so that England is in the centre, worst on the left
 * and best on the right (low-is-good rows reversed; no-judgement rows lowest on the left).
 *
 * <h2>Determinism</h2>
 *
 * The same view gives the same bytes: the bundled Liberation Sans is used as loaded, rendering
 * hints are fixed, the PNG carries no metadata, the SVG has fixed id prefixes, no comment, no
 * DOCTYPE. Charts made from illustrative data say so in a warning line, a watermark across the plot
 * and the caption.
 */
package outcomes.report.chart;
