package outcomes.app.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import outcomes.app.FrameworkData;
import outcomes.app.ReportViews;
import outcomes.app.WardMaps;
import outcomes.geo.WardBoundaries;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.report.FrameworkView;
import outcomes.report.PaperView;
import outcomes.template.TemplateParser;

/**
 * {{chart map INDICATOR AREA [SEX]}} (issue 22): the borough's latest wards on their own
 * boundaries, with the map's title and subtitle as its alternative text and its source, data files
 * and illustrative label in the caption; an earlier boundary set's map by its name; a loop leaves
 * out the map of an indicator without wards.
 */
class PaperMapsTest {
  private static final String FILE = "templates/t.md";
  private static FrameworkData data;
  private static FrameworkView view;
  private static WardBoundaries boundaries;

  @BeforeAll
  static void load() {
    data = FrameworkData.load(Path.of("indicators"), Path.of("data"));
    view = ReportViews.of(data, LocalDate.of(2026, 12, 7));
    boundaries = WardMaps.boundaries(data, Path.of("data"), line -> {});
  }

  private static PaperContext context() {
    return new PaperContext(
        data, view, view.dataDate(), LocalDate.of(2026, 11, 23), Path.of("data"), boundaries);
  }

  private static List<PaperView.Block> resolve(PaperContext ctx, String template) {
    PaperResolver r = new PaperResolver(ctx);
    r.resolve(TemplateParser.parse(FILE, template));
    return r.fill(List.of());
  }

  @Test
  void aMapByKindIsTheBoroughsLatestWardsWithItsWordsAndSources() {
    PaperContext ctx = context();
    List<PaperView.Block> b =
        resolve(
            ctx,
            "{{chart map child-poverty Westminster}}\n"
                + "{{chart map life-expectancy \"Kensington and Chelsea\" Male}}");
    PaperView.Figure poverty = assertInstanceOf(PaperView.Figure.class, b.get(0));
    assertTrue(
        poverty
            .alt()
            .startsWith(
                "Children in relative low income families, after housing costs, FYE 2025:"
                    + " the wards of Westminster. %, FYE 2025, Westminster wards since 2022;"),
        poverty.alt());
    assertTrue(
        poverty
            .caption()
            .contains(
                "Source: DWP Children in Low Income Families (relative, after housing"
                    + " costs); data file real/child_poverty/dwp_cilif_AHC_relative_ward_FYE2024_2025.csv."),
        poverty.caption());
    PaperView.Figure le = assertInstanceOf(PaperView.Figure.class, b.get(1));
    assertTrue(
        le.alt()
            .startsWith(
                "Life expectancy at birth (male), 2019 - 21: the wards of Kensington and Chelsea."),
        le.alt());
    assertTrue(
        le.caption().endsWith("Illustrative data: synthetic, not published figures."),
        le.caption());
    assertTrue(ctx.illustrative());
  }

  @Test
  void anEarlierBoundarySetsMapByItsNameIsRealAndNamesItsFiles() {
    PaperContext ctx = context();
    PaperView.Figure f =
        assertInstanceOf(
            PaperView.Figure.class,
            resolve(ctx, "{{chart life-expectancy-male-map-E09000033-2010-14}}").get(0));
    assertTrue(
        f.alt()
            .startsWith(
                "Life expectancy at birth (male), 2010-14: the wards of Westminster. years,"
                    + " 2010-14, Westminster wards 2002-2022;"),
        f.alt());
    assertTrue(
        f.caption()
            .contains("data file real/ward_life_expectancy/gla_life-expectancy-ward-at-Birth.csv."),
        f.caption());
    assertTrue(!ctx.illustrative(), "the GLA's figures are real");
  }

  @Test
  void aLoopLeavesOutTheMapsOfIndicatorsWithoutWards() {
    PaperContext ctx = context();
    List<PaperView.Block> b =
        resolve(ctx, "{{for i in indicators}}\n{{chart map i Westminster}}\n{{end}}");
    long maps = b.stream().filter(x -> x instanceof PaperView.Figure).count();
    assertEquals(3, maps, "child poverty, and life expectancy for each sex");
    assertTrue(
        ctx.notes().get(ctx.notes().size() - 1).contains("left out"), ctx.notes().toString());
  }

  @Test
  void withoutBoundariesThereIsNoMap() {
    PaperContext ctx =
        new PaperContext(data, view, view.dataDate(), LocalDate.of(2026, 11, 23), Path.of("data"));
    OutcomesException e =
        assertThrows(
            OutcomesException.class, () -> resolve(ctx, "{{chart map child-poverty Westminster}}"));
    assertTrue(
        e.getMessage().contains("no chart 'child-poverty-map-E09000033': the data cannot make it"),
        e.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{{chart map}}|1|9|{{chart map …}} needs more",
        "{{chart map child-poverty}}|1|1|takes 2 or 3 arguments after the kind",
        "{{chart map child-poverty Soho}}|1|27|'Soho' is not one of the framework's areas",
        "{{chart map life-expectancy Westminster}}|1|13|has figures for Female and Male separately",
        "{{chart map population Westminster}}|1|9|no chart 'population-map-E09000033': the data cannot make it",
      })
  void aMapTheDataCannotMakeStopsTheRunAtItsPlace(
      String template, int line, int column, String message) {
    OutcomesException e = assertThrows(OutcomesException.class, () -> resolve(context(), template));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(new Location(FILE, line, column), e.location(), e.describe());
    assertTrue(e.getMessage().contains(message), e.describe());
  }
}
