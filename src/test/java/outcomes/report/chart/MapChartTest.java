package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import outcomes.model.Comparison;

/**
 * A ward map: each ward drawn once, in an SVG group titled with its number, name, code and figure;
 * wards numbered in alphabetical order in the key; a ward without a figure white and said so; a
 * ward without a boundary listed under the map; classes with round breaks that hold each figure as
 * published.
 */
class MapChartTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  @Test
  void eachWardIsOneTitledGroupWithItsNumberNameCodeAndFigure() throws Exception {
    List<String> titles = wardTitles(svg(Charts.map(MapSamples.compared(false))));

    assertEquals(
        List.of(
            "1. Abbey Road (E05000642): 85.0 years (95% CI 81.7 to 88.3), better than Westminster",
            "2. Church Street (E05000645): 71.7 years (95% CI 68.5 to 74.9), worse than Westminster",
            "3. Hyde Park (E05000644): no figure",
            "4. Knightsbridge & Belgravia (E05000641): 90.3 years (95% CI 86.9 to 93.7), better than Westminster",
            "5. West End (E05000643): 79.8 years (95% CI 76.5 to 83.0), similar to Westminster",
            "6. Westbourne (E05000640): 72.2 years (95% CI 69.2 to 75.3), worse than Westminster"),
        titles);
  }

  @Test
  void eachWardGroupHoldsItsBoundaryFilledInItsComparisonsColour() throws Exception {
    Document doc = SvgAssert.parse(svg(Charts.map(MapSamples.compared(false))));
    for (Element g : wardGroups(doc)) {
      NodeList paths = g.getElementsByTagNameNS(SVG, "path");
      assertTrue(paths.getLength() >= 1, "a ward's boundary is in its group");
    }
    String westbourne = groupText(doc, "6. Westbourne");
    assertTrue(westbourne.contains("fill=\"rgb(192,0,0)\""), "worse: Fingertips red");
    String hydePark = groupText(doc, "3. Hyde Park");
    assertTrue(
        hydePark.contains("fill=\"white\"") || hydePark.contains("fill=\"rgb(255,255,255)\""),
        "no figure: white");
  }

  @Test
  void theKeyTheLegendAndTheCaptionSayWhatIsShownAndWhatIsNot() throws Exception {
    String text = new String(svg(Charts.map(MapSamples.compared(false))), StandardCharsets.UTF_8);
    assertTrue(text.contains(">Knightsbridge &amp; Belgravia<"), "the key names each ward");
    assertTrue(text.contains(">No figure<"), "the legend says what white is");
    assertTrue(text.contains(">Worse than Westminster<"));
    assertTrue(text.contains(">Westminster boundary<"));
    assertTrue(
        text.contains("Not on the map, for want of a boundary: Marylebone (E05013802) 82.1."),
        "a ward with a figure and no boundary is listed under the map");
    assertTrue(text.contains("Boundaries: ONS Wards (May 2025) BGC."));
  }

  @Test
  void classesHaveRoundBreaksAndHoldEachFigureAsPublished() {
    MapView view = MapSamples.classes(7.6, 19.95, 20.0, 29.94, 44.2);
    MapView.ByClasses c = (MapView.ByClasses) view.shading();
    assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0, 50.0), c.breaks());
    assertEquals(
        List.of("0.0 to 9.9%", "10.0 to 19.9%", "20.0 to 29.9%", "30.0 to 39.9%", "40.0 to 50.0%"),
        c.keys(view.wards()).stream().map(MapView.Key::label).toList());
    assertEquals(0, c.classOf(7.6));
    assertEquals(2, c.classOf(19.95), "published as 20.0, so in 20.0 to 29.9");
    assertEquals(2, c.classOf(20.0));
    assertEquals(2, c.classOf(29.94));
    assertEquals(4, c.classOf(44.2));
    assertEquals(4, c.classOf(50.0), "the last class holds its upper break");
  }

  @Test
  void breaksAreRoundForAnySpreadAndNeverFinerThanTheDecimals() {
    assertEquals(
        List.of(70.0, 75.0, 80.0, 85.0, 90.0, 95.0), ClassBreaks.pretty(List.of(71.7, 90.3), 1));
    assertEquals(List.of(80.0, 80.1, 80.2, 80.3, 80.4), ClassBreaks.pretty(List.of(80.0, 80.4), 1));
    assertEquals(
        List.of(12.0, 13.0), ClassBreaks.pretty(List.of(12.0, 12.0), 0), "one figure: one class");
    assertEquals(
        List.of(0.0, 500.0, 1000.0, 1500.0, 2000.0), ClassBreaks.pretty(List.of(12.0, 1698.0), 0));
  }

  @Test
  void aMapOfOneClassIsDrawn() throws Exception {
    Chart chart = Charts.map(MapSamples.classes(12.0, 12.0));
    assertEquals(2, wardTitles(svg(chart)).size());
  }

  @Test
  void aMapWithoutWardsSaysSoAndIsStillDrawn() throws Exception {
    MapView empty =
        new MapView(
            new ChartText("Nothing", "", "", false),
            MapSamples.YEARS,
            "Westminster",
            "",
            "",
            MapSamples.compared(false).shading(),
            List.of(),
            List.of("Westbourne (E05013809) 72.2"));
    String text = new String(svg(Charts.map(empty)), StandardCharsets.UTF_8);
    assertTrue(text.contains(">No values to show<"), text.length() + "");
    assertTrue(text.contains("Westbourne (E05013809) 72.2"));
  }

  @Test
  void aWardWithoutItsBoundaryCannotBeDrawnUnsaid() {
    assertThrowsIllegal(
        () ->
            new MapView.Ward(
                "E05000648",
                "Westbourne",
                List.of(),
                OptionalDouble.of(1),
                Optional.empty(),
                Comparison.NOT_COMPARED));
  }

  private static void assertThrowsIllegal(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw new AssertionError("expected an IllegalArgumentException");
  }

  static byte[] svg(Chart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chart.writeSvg(out);
    return out.toByteArray();
  }

  /** The titles of the groups that draw a ward (every title but the chart's own). */
  static List<String> wardTitles(byte[] svg) throws Exception {
    List<String> titles = new ArrayList<>();
    for (Element g : wardGroups(SvgAssert.parse(svg))) {
      titles.add(g.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
    }
    return titles;
  }

  static List<Element> wardGroups(Document doc) {
    List<Element> groups = new ArrayList<>();
    NodeList titles = doc.getElementsByTagNameNS(SVG, "title");
    for (int i = 0; i < titles.getLength(); i++) {
      Element parent = (Element) titles.item(i).getParentNode();
      if (parent.getLocalName().equals("g")) {
        groups.add(parent);
      }
    }
    return groups;
  }

  private static String groupText(Document doc, String titleStart) throws Exception {
    for (Element g : wardGroups(doc)) {
      if (g.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().startsWith(titleStart)) {
        javax.xml.transform.Transformer t =
            javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        java.io.StringWriter w = new java.io.StringWriter();
        t.transform(
            new javax.xml.transform.dom.DOMSource(g),
            new javax.xml.transform.stream.StreamResult(w));
        return w.toString();
      }
    }
    throw new AssertionError("no group titled " + titleStart);
  }
}
