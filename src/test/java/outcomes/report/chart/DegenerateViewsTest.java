package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.model.Comparison;
import outcomes.model.Interval;
import outcomes.model.Polarity;
import outcomes.model.Unit;

/** Views with little or odd data still draw a chart, as PNG and as well-formed SVG. */
class DegenerateViewsTest {
  private static final Unit PERCENT = new Unit("%", 1);
  private static final ChartText TEXT = new ChartText("A title", "A subtitle", "A source", false);
  private static final List<String> THREE = List.of("2019/20", "2020/21", "2021/22");

  private static TrendView trend(TrendView.Line... lines) {
    return new TrendView(TEXT, PERCENT, THREE, List.of(lines));
  }

  private static TrendView.Line focus(PeriodValue... points) {
    return new TrendView.Line("Westminster", TrendView.Role.FOCUS, List.of(points));
  }

  private static WardsView wards(WardsView.Ward... wards) {
    return new WardsView(
        TEXT,
        PERCENT,
        Polarity.LOW_IS_GOOD,
        List.of(wards),
        new WardsView.Reference("Westminster", 20),
        Optional.empty());
  }

  private static WardsView.Ward ward(String name, double value, Interval ci, Comparison c) {
    return new WardsView.Ward(name, value, Optional.ofNullable(ci), c);
  }

  private static GapView gap(List<PeriodValue> a, List<PeriodValue> b) {
    return new GapView(
        TEXT, PERCENT, THREE, new GapView.Series("A", a), new GapView.Series("B", b));
  }

  private static SpineView spine(SpineView.Row... rows) {
    return new SpineView(TEXT, "Westminster", "England", "", List.of(rows));
  }

  private static SpineView.Row row(
      double england, SpineView.Spread spread, OptionalDouble value, Polarity polarity) {
    return new SpineView.Row(
        "An indicator with a long title that will have to wrap somewhere",
        "2021",
        PERCENT,
        polarity,
        england,
        spread,
        value,
        Comparison.NOT_COMPARED);
  }

  static Stream<Arguments> views() {
    SpineView.Spread flat = new SpineView.Spread(5, 5, 5, 5);
    return Stream.of(
        Arguments.of("trend with no lines", Charts.trend(trend())),
        Arguments.of(
            "trend with no periods",
            Charts.trend(new TrendView(TEXT, PERCENT, List.of(), List.of()))),
        Arguments.of("trend lines with no points", Charts.trend(trend(focus()))),
        Arguments.of(
            "trend with one point",
            Charts.trend(trend(focus(PeriodValue.of("2020/21", 12.5, 11, 14))))),
        Arguments.of(
            "trend without limits",
            Charts.trend(
                trend(focus(PeriodValue.of("2019/20", 12.5), PeriodValue.of("2021/22", 13))))),
        Arguments.of(
            "trend all values equal",
            Charts.trend(
                trend(
                    focus(
                        PeriodValue.of("2019/20", 7),
                        PeriodValue.of("2020/21", 7),
                        PeriodValue.of("2021/22", 7))))),
        Arguments.of(
            "trend of zeros",
            Charts.trend(trend(focus(PeriodValue.of("2019/20", 0), PeriodValue.of("2020/21", 0))))),
        Arguments.of(
            "trend with a gap and lone limits",
            Charts.trend(
                trend(
                    focus(
                        PeriodValue.of("2019/20", 10, 9, 11),
                        PeriodValue.of("2021/22", 12, 11, 13)),
                    new TrendView.Line(
                        "England",
                        TrendView.Role.BENCHMARK,
                        List.of(PeriodValue.of("2020/21", 11)))))),
        Arguments.of("no wards", Charts.wards(wards())),
        Arguments.of(
            "a single ward",
            Charts.wards(wards(ward("Abbey Road", 21, new Interval(19, 23), Comparison.SIMILAR)))),
        Arguments.of(
            "wards all equal, no limits",
            Charts.wards(
                wards(
                    ward("A", 20, null, Comparison.NOT_COMPARED),
                    ward("B", 20, null, Comparison.NOT_COMPARED)))),
        Arguments.of(
            "wards without judgement",
            Charts.wards(
                new WardsView(
                    TEXT,
                    PERCENT,
                    Polarity.NO_JUDGEMENT,
                    List.of(
                        ward("A", 30, new Interval(28, 33), Comparison.HIGHER),
                        ward("B", 10, new Interval(8, 12), Comparison.LOWER)),
                    new WardsView.Reference("Westminster", 20),
                    Optional.of(new WardsView.Reference("England", 21))))),
        Arguments.of("gap with no values", Charts.gap(gap(List.of(), List.of()))),
        Arguments.of(
            "gap with no shared period",
            Charts.gap(
                gap(
                    List.of(PeriodValue.of("2019/20", 80)),
                    List.of(PeriodValue.of("2021/22", 70))))),
        Arguments.of(
            "gap in one period",
            Charts.gap(
                gap(
                    List.of(PeriodValue.of("2020/21", 80, 78, 82)),
                    List.of(PeriodValue.of("2020/21", 70))))),
        Arguments.of("no spine rows", Charts.spine(spine())),
        Arguments.of(
            "spine with every area the same",
            Charts.spine(spine(row(5, flat, OptionalDouble.of(5), Polarity.HIGH_IS_GOOD)))),
        Arguments.of(
            "spine area missing and outside",
            Charts.spine(
                spine(
                    row(
                        5,
                        new SpineView.Spread(1, 4, 6, 9),
                        OptionalDouble.empty(),
                        Polarity.LOW_IS_GOOD),
                    row(
                        5,
                        new SpineView.Spread(1, 4, 6, 9),
                        OptionalDouble.of(40),
                        Polarity.NO_JUDGEMENT)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void draws(String name, Chart chart) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    chart.writePng(png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    assertTrue(image.getWidth() >= 1200, name);
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    chart.writeSvg(svg);
    assertEquals("svg", SvgAssert.parse(svg.toByteArray()).getDocumentElement().getLocalName());
    assertTrue(!svg.toString(java.nio.charset.StandardCharsets.UTF_8).contains("NaN"), name);
    String dir = System.getProperty("outcomes.chart.samples", "");
    if (!dir.isEmpty()) {
      java.nio.file.Path out = java.nio.file.Path.of(dir, "degenerate");
      java.nio.file.Files.createDirectories(out);
      java.nio.file.Files.write(out.resolve(name.replace(' ', '-') + ".png"), png.toByteArray());
    }
  }
}
