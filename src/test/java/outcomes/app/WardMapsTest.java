package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import outcomes.geo.WardBoundaries;
import outcomes.model.Area;
import outcomes.model.Observation;
import outcomes.model.Rounding;
import outcomes.model.Sex;
import outcomes.report.FrameworkView;
import outcomes.report.WardMap;
import outcomes.report.chart.Chart;
import outcomes.report.chart.ReportCharts;
import outcomes.report.workbook.WorkbookWriter;

/**
 * The ward maps of the bundled catalogue (issue 22): child poverty on both boroughs' current wards,
 * the GLA's real life expectancy on the wards as they were and the illustrative figures on today's;
 * every ward of each borough's set drawn once, titled with its name and figure, and no ward of
 * another set; a ward with a figure and no boundary listed under its map.
 */
class WardMapsTest {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static FrameworkData data;
  private static FrameworkView view;
  private static WardBoundaries boundaries;
  private static Map<String, Chart> charts;

  @BeforeAll
  static void load() {
    data = FrameworkData.load(Path.of("indicators"), Path.of("data"));
    FrameworkView all = ReportViews.of(data, LocalDate.of(2026, 12, 7));
    // the indicators with ward figures, so that only their charts are laid out
    view =
        new FrameworkView(
            all.framework(),
            all.indicators().stream().filter(v -> !v.wardTables().isEmpty()).toList(),
            all.dataDate(),
            all.asOf());
    boundaries =
        WardMaps.boundaries(
            data,
            Path.of("data"),
            line -> {
              throw new AssertionError("no warning expected: " + line);
            });
    charts = charts(boundaries);
  }

  private static Map<String, Chart> charts(WardBoundaries b) {
    Map<String, Chart> named = new TreeMap<>();
    ReportCharts.of(view, List.of(), WardMaps.of(view, b)).stream()
        .filter(n -> n.name().contains("-map-"))
        .forEach(n -> named.put(n.name(), n.chart()));
    return named;
  }

  @Test
  void mapsForEveryWardIndicatorBoroughAndBoundarySet() {
    assertEquals(
        List.of(
            "child-poverty-map-E09000020",
            "child-poverty-map-E09000033",
            "life-expectancy-female-map-E09000020",
            "life-expectancy-female-map-E09000020-2010-14",
            "life-expectancy-female-map-E09000033",
            "life-expectancy-female-map-E09000033-2010-14",
            "life-expectancy-male-map-E09000020",
            "life-expectancy-male-map-E09000020-2010-14",
            "life-expectancy-male-map-E09000033",
            "life-expectancy-male-map-E09000033-2010-14"),
        List.copyOf(charts.keySet()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "child-poverty-map-E09000033, child-poverty, PERSONS, E09000033, Westminster wards since 2022, FYE 2025, false",
    "child-poverty-map-E09000020, child-poverty, PERSONS, E09000020, Kensington and Chelsea wards since 2014, FYE 2025, false",
    "life-expectancy-male-map-E09000033-2010-14, life-expectancy, MALE, E09000033, Westminster wards 2002-2022, 2010-14, false",
    "life-expectancy-male-map-E09000020-2010-14, life-expectancy, MALE, E09000020, Kensington and Chelsea wards 2002-2014, 2010-14, false",
    "life-expectancy-female-map-E09000033-2010-14, life-expectancy, FEMALE, E09000033, Westminster wards 2002-2022, 2010-14, false",
    "life-expectancy-male-map-E09000033, life-expectancy, MALE, E09000033, Westminster wards since 2022, 2019 - 21, true",
    "life-expectancy-male-map-E09000020, life-expectancy, MALE, E09000020, Kensington and Chelsea wards since 2014, 2019 - 21, true",
  })
  void everyWardOfTheSetIsDrawnOnceWithItsTitleAndFigure(
      String name,
      String indicator,
      Sex sex,
      String borough,
      String set,
      String period,
      boolean illustrative)
      throws Exception {
    byte[] svg = svg(charts.get(name));
    Map<String, Integer> titled = new TreeMap<>();
    Map<String, String> titles = new TreeMap<>();
    for (String t : wardTitles(svg)) {
      String code = t.replaceFirst("^\\d+\\. .* \\((E05\\d{6})\\): .*$", "$1");
      titled.merge(code, 1, Integer::sum);
      titles.put(code, t);
    }
    List<Area> wards =
        data.areas().areas().stream()
            .filter(a -> a.parentCode().equals(borough) && a.boundarySet().equals(set))
            .toList();
    assertTrue(wards.size() >= 18, set);
    Map<String, Integer> once = new TreeMap<>();
    wards.forEach(a -> once.put(a.code(), 1));
    assertEquals(once, titled, "each ward of " + set + " once, and no ward of another set");
    int d = data.indicator(indicator).orElseThrow().indicator().unit().decimals();
    for (Area a : wards) {
      Observation o = figure(indicator, sex, a.code(), period);
      String unit = indicator.equals("child-poverty") ? "%" : " years";
      String expected =
          a.name() + " (" + a.code() + "): " + Rounding.text(o.value().getAsDouble(), d) + unit;
      assertTrue(
          titles.get(a.code()).contains(expected),
          titles.get(a.code()) + " should say " + expected);
      assertEquals(!o.isReal(), illustrative, a.code());
    }
    String text = new String(svg, StandardCharsets.UTF_8);
    assertEquals(illustrative, text.contains("Illustrative data: made up for demonstration"), name);
    assertTrue(text.contains(set), "the boundary set is named: " + set);
    assertTrue(text.contains("contains OS data © Crown copyright"), "the attribution");
  }

  @Test
  void theGlaFiguresAreJudgedAgainstTheBoroughOnTheirLimitsAndChildPovertyShadedInSharedClasses()
      throws Exception {
    List<String> westbourne =
        wardTitles(svg(charts.get("life-expectancy-male-map-E09000033-2010-14"))).stream()
            .filter(t -> t.contains("(E05000648)"))
            .toList();
    assertEquals(
        List.of(
            "20. Westbourne (E05000648): 75.3 years (95% CI 73.7 to 76.8), worse than Westminster"),
        westbourne);
    String westminster =
        new String(svg(charts.get("child-poverty-map-E09000033")), StandardCharsets.UTF_8);
    String kc = new String(svg(charts.get("child-poverty-map-E09000020")), StandardCharsets.UTF_8);
    for (String classes : List.of(">0.0 to 9.9%<", ">10.0 to 19.9%<", ">40.0 to 50.0%<")) {
      assertTrue(westminster.contains(classes) && kc.contains(classes), classes);
    }
  }

  @Test
  void aWardWithAFigureAndNoBoundaryIsListedUnderTheMapNeverDropped() throws Exception {
    WardBoundaries withoutWestbourne =
        new WardBoundaries(
            boundaries.all().stream().filter(s -> !s.code().equals("E05013809")).toList());
    Chart map = charts(withoutWestbourne).get("child-poverty-map-E09000033");
    byte[] svg = svg(map);

    assertEquals(17, wardTitles(svg).size());
    assertTrue(
        new String(svg, StandardCharsets.UTF_8)
            .contains("Not on the map, for want of a boundary: Westbourne (E05013809) 44.2."));
  }

  @Test
  void noBoundariesNoMaps() {
    assertEquals(List.of(), WardMaps.of(view, WardBoundaries.NONE));
  }

  @Test
  void aMapIsTheSameBytesEveryTime() throws IOException {
    Map<String, Chart> again = charts(boundaries);
    for (String name :
        List.of("child-poverty-map-E09000020", "life-expectancy-male-map-E09000033-2010-14")) {
      assertArrayEquals(svg(charts.get(name)), svg(again.get(name)), name);
      assertArrayEquals(png(charts.get(name)), png(again.get(name)), name);
    }
  }

  @Test
  void theWorkbookSetsEachBoroughsLatestMapBesideItsRankedWards() throws IOException {
    // child poverty alone: its sheet is small, so the workbook is quick to make
    FrameworkView childPoverty =
        new FrameworkView(
            view.framework(),
            view.indicators().stream()
                .filter(v -> v.indicator().id().equals("child-poverty"))
                .toList(),
            view.dataDate(),
            view.asOf());
    List<WardMap> maps = WardMaps.of(childPoverty, boundaries);
    ChartImages images = new ChartImages(ReportCharts.of(childPoverty, List.of(), maps));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkbookWriter.write(
        childPoverty,
        new outcomes.report.ProgressView(
            view.asOf(), java.util.Optional.empty(), List.of(), List.of()),
        images,
        bytes);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      List<String> pictures = new ArrayList<>();
      for (XSSFShape s : wb.getSheet("Ward charts").getDrawingPatriarch().getShapes()) {
        if (s instanceof XSSFPicture p) {
          pictures.add(
              p.getClientAnchor().getCol1()
                  + " "
                  + p.getCTPicture().getNvPicPr().getCNvPr().getDescr());
        }
      }
      assertEquals(2, pictures.size(), pictures.toString());
      // the ranked wards' native chart takes columns 0 to 12; the map is beside it
      assertTrue(
          pictures
              .get(0)
              .startsWith(
                  "13 Children in relative low income families, after housing costs,"
                      + " FYE 2025: the wards of Westminster. %, FYE 2025, Westminster wards since 2022;"),
          pictures.get(0));
      assertTrue(
          pictures
              .get(1)
              .startsWith(
                  "13 Children in relative low income families, after housing costs,"
                      + " FYE 2025: the wards of Kensington and Chelsea."),
          pictures.get(1));
      assertArrayEquals(
          images.png("child-poverty-map-E09000033"),
          wb.getAllPictures().get(0).getData(),
          "the picture is the chart's own PNG");
    }
  }

  private static Observation figure(String indicator, Sex sex, String code, String period) {
    return data.indicator(indicator).orElseThrow().observations().stream()
        .filter(
            o ->
                o.area().code().equals(code)
                    && o.sex() == sex
                    && o.period().label().equals(period)
                    && o.hasValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " " + period));
  }

  private static byte[] svg(Chart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chart.writeSvg(out);
    return out.toByteArray();
  }

  private static byte[] png(Chart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chart.writePng(out);
    return out.toByteArray();
  }

  /** The titles of the SVG groups that draw a ward: every title whose parent is a group. */
  private static List<String> wardTitles(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    List<String> titles = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS(SVG, "title");
    for (int i = 0; i < all.getLength(); i++) {
      Element parent = (Element) all.item(i).getParentNode();
      if (parent.getLocalName().equals("g")) {
        assertTrue(
            parent.getElementsByTagNameNS(SVG, "path").getLength() >= 1,
            "a ward's group draws its boundary");
        titles.add(all.item(i).getTextContent());
      }
    }
    return titles;
  }
}
