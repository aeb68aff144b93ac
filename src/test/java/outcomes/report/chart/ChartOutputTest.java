package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import outcomes.model.Polarity;

/** Every chart type, as PNG and SVG: same bytes every time, big enough, well formed, labelled. */
class ChartOutputTest {

  /** Each chart type, built afresh from a new view on every call. */
  static Stream<Arguments> charts() {
    return Stream.of(
        Arguments.of(
            "trend",
            (Function<Boolean, Chart>) i -> Charts.trend(SampleViews.lifeExpectancyTrend(i))),
        Arguments.of(
            "wards",
            (Function<Boolean, Chart>)
                i -> Charts.wards(SampleViews.westminsterWards(i, Polarity.HIGH_IS_GOOD))),
        Arguments.of("gap", (Function<Boolean, Chart>) i -> Charts.gap(SampleViews.wardGap(i))),
        Arguments.of(
            "spine", (Function<Boolean, Chart>) i -> Charts.spine(SampleViews.westminsterSpine(i))),
        Arguments.of("map", (Function<Boolean, Chart>) i -> Charts.map(MapSamples.compared(i))));
  }

  static byte[] png(Chart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chart.writePng(out);
    return out.toByteArray();
  }

  static byte[] svg(Chart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chart.writeSvg(out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void pngIsTheSameBytesEveryTime(String name, Function<Boolean, Chart> chart) throws IOException {
    byte[] first = png(chart.apply(false));
    byte[] second = png(chart.apply(false));
    assertArrayEquals(first, second, name + ": two runs gave different PNGs");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void svgIsTheSameBytesEveryTime(String name, Function<Boolean, Chart> chart) throws IOException {
    byte[] first = svg(chart.apply(true));
    byte[] second = svg(chart.apply(true));
    assertArrayEquals(first, second, name + ": two runs gave different SVGs");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void pngIsAtLeast1200PixelsWideAndCarriesNoMetadata(String name, Function<Boolean, Chart> chart)
      throws IOException {
    Chart c = chart.apply(false);
    byte[] bytes = png(c);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertTrue(image.getWidth() >= 1200, name + " is " + image.getWidth() + " px wide");
    assertEquals(c.width() * Chart.PNG_SCALE, image.getWidth());
    assertEquals(c.height() * Chart.PNG_SCALE, image.getHeight());
    assertEquals(Set.of("IHDR", "IDAT", "IEND"), pngChunkTypes(bytes), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void svgIsWellFormedScalableAndUsesOnlyTheBundledFont(String name, Function<Boolean, Chart> chart)
      throws Exception {
    Chart c = chart.apply(false);
    byte[] bytes = svg(c);
    org.w3c.dom.Document doc = SvgAssert.parse(bytes);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(
        "0 0 " + c.width() + " " + c.height(), doc.getDocumentElement().getAttribute("viewBox"));
    assertEquals(
        c.text().title(),
        doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(Set.of(ChartFonts.SVG_FAMILY), attributeValues(text, "font-family"), name);
    assertFalse(text.contains("<!--"), "no comments");
    assertFalse(text.contains("DOCTYPE"), "no DOCTYPE to fetch");
    for (String id : attributeValues(text, "id")) {
      assertTrue(id.startsWith("outcomes-") || id.equals("genericDefs"), id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void illustrativeDataSaysSoOnTheChart(String name, Function<Boolean, Chart> chart)
      throws IOException {
    String illustrative = new String(svg(chart.apply(true)), StandardCharsets.UTF_8);
    String real = new String(svg(chart.apply(false)), StandardCharsets.UTF_8);
    assertTrue(illustrative.contains(">Illustrative data: made up for demonstration"), name);
    assertTrue(illustrative.contains(">ILLUSTRATIVE DATA<"), name + ": the watermark");
    assertFalse(real.toLowerCase(java.util.Locale.ROOT).contains("illustrative data"), name);
    assertFalse(Arrays.equals(png(chart.apply(true)), png(chart.apply(false))), name);
  }

  private static Set<String> attributeValues(String svg, String attribute) {
    Set<String> values = new HashSet<>();
    Matcher m = Pattern.compile(" " + attribute + "=\"([^\"]*)\"").matcher(svg);
    while (m.find()) {
      values.add(m.group(1).replace("&apos;", "'"));
    }
    return values;
  }

  /** The chunk types of a PNG: no tIME, tEXt or other metadata. */
  private static Set<String> pngChunkTypes(byte[] png) {
    Set<String> types = new HashSet<>();
    int at = 8;
    while (at + 8 <= png.length) {
      int length =
          ((png[at] & 0xff) << 24)
              | ((png[at + 1] & 0xff) << 16)
              | ((png[at + 2] & 0xff) << 8)
              | (png[at + 3] & 0xff);
      types.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
      at += 12 + length;
    }
    return types;
  }
}
