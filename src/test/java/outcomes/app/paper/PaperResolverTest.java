package outcomes.app.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import outcomes.app.FrameworkData;
import outcomes.app.GapJob;
import outcomes.app.ReportViews;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.Sex;
import outcomes.report.Figures;
import outcomes.report.FrameworkView;
import outcomes.report.PaperView;
import outcomes.template.TemplateParser;

/**
 * Templates resolved against the bundled catalogue and data, loaded once: each placeholder's words
 * and footnotes, and each way a placeholder can name something the data do not have, reported at
 * the template's line and column.
 */
class PaperResolverTest {
  private static final String FILE = "templates/t.md";
  private static FrameworkData data;
  private static FrameworkView view;

  @BeforeAll
  static void load() {
    data = FrameworkData.load(Path.of("indicators"), Path.of("data"));
    view = ReportViews.of(data, java.time.LocalDate.of(2026, 12, 7));
  }

  private record Resolved(List<PaperView.Block> blocks, PaperContext ctx, PaperResolver resolver) {
    String text() {
      return blocks.stream().map(PaperResolverTest::text).collect(Collectors.joining("\n"));
    }
  }

  private static Resolved resolve(String template) {
    PaperContext ctx =
        new PaperContext(data, view, view.dataDate(), LocalDate.of(2026, 11, 23), Path.of("data"));
    PaperResolver r = new PaperResolver(ctx);
    r.resolve(TemplateParser.parse(FILE, template));
    return new Resolved(
        r.fill(List.of(new PaperView.Para(List.of(PaperView.Words.of("CHANGES"))))), ctx, r);
  }

  private static String text(PaperView.Block b) {
    List<PaperView.Span> spans =
        b instanceof PaperView.Para p
            ? p.spans()
            : b instanceof PaperView.Bullet u
                ? u.spans()
                : b instanceof PaperView.Heading h ? h.spans() : List.of();
    return spans.stream()
        .map(
            s ->
                s instanceof PaperView.Words w ? w.text() : "[" + ((PaperView.Note) s).text() + "]")
        .collect(Collectors.joining());
  }

  @Test
  void aValueHasItsUnitAndAFootnoteWithPeriodLimitsAndSource() {
    Resolved r = resolve("Boys: {{value life-expectancy E05000648 Male}}.");
    assertEquals(
        "Boys: 75.3 years[Life expectancy at birth (male), Westbourne (E05000648), 2010-14: 75.3 years"
            + " (95% CI 73.7 to 76.8). Source: GLA/ONS life expectancy at birth by ward, London Datastore (Open"
            + " Government Licence v3.0); data file"
            + " real/ward_life_expectancy/gla_life-expectancy-ward-at-Birth.csv.].",
        r.text());
    assertFalse(r.ctx().illustrative());
    String older = resolve("{{value life-expectancy E05000648 Male period=2006-10}}").text();
    assertTrue(older.contains("Westbourne (E05000648), 2006-10: "), older);
  }

  @Test
  void theGapSentenceHasGapJobsNumbersToOneDecimal() {
    GapJob.Result g =
        GapJob.gaps(
            data.indicator("life-expectancy").orElseThrow(),
            new GapJob.Request(
                null,
                null,
                "life-expectancy",
                "Westbourne",
                "Knightsbridge & Belgravia",
                Optional.of(Sex.MALE),
                "latest"));
    GapJob.PeriodGap latest = g.gaps().get(0);
    String size = Figures.number(-latest.gap().difference(), 1);
    String lower = Figures.number(-latest.gap().ci95().orElseThrow().upper(), 1);
    String upper = Figures.number(-latest.gap().ci95().orElseThrow().lower(), 1);
    assertEquals("18.0", size);
    Resolved r =
        resolve("{{gap life-expectancy Male Westbourne vs \"Knightsbridge & Belgravia\"}}.");
    assertTrue(
        r.text()
            .startsWith(
                "Boys in Westbourne are expected to live "
                    + size
                    + " years less than boys in"
                    + " Knightsbridge & Belgravia (2019 - 21; 95% CI "
                    + lower
                    + " to "
                    + upper
                    + "; illustrative data)["),
        r.text());
    assertTrue(r.ctx().illustrative());
    assertEquals(1, r.resolver().figures().gaps().size());
    assertTrue(
        r.ctx().notes().get(0).startsWith(FILE + ":1:28: 'Westbourne' is E05013809"),
        r.ctx().notes().toString());
  }

  @Test
  void theRealGlaGapByCode() {
    String t = resolve("{{gap life-expectancy Male E05000648 vs E05000637}}").text();
    assertTrue(
        t.startsWith(
            "Boys in Westbourne are expected to live 14.0 years less than boys in Knightsbridge and"
                + " Belgravia (2010-14; 95% CI 10.2 to 17.8)["),
        t);
    assertTrue(
        t.contains(
            "Westbourne (E05000648), Westminster wards 2002-2022: 75.3 years (73.7 to 76.8);"
                + " Knightsbridge and Belgravia (E05000637), Westminster wards 2002-2022: 89.3 years (85.8 to 92.8)."
                + " Gap A − B -14.0 years (95% CI -17.8 to -10.2)"),
        t);
  }

  @Test
  void otherIndicatorsGapsAreSaidAsHigherOrLower() {
    String t =
        resolve("{{gap child-poverty Westbourne vs \"Knightsbridge and Belgravia\"}}").text();
    assertTrue(
        t.startsWith(
            "Children in relative low income families, after housing costs in Westbourne is 32.7"
                + " percentage points higher than in Knightsbridge & Belgravia (FYE 2025"),
        t);
  }

  @Test
  void wordsOfTheFramework() {
    Resolved r =
        resolve(
            "{{framework}} | {{outcome 1}} | {{ambition 2}} | {{date}} | {{as-of}} | {{title life-expectancy}}"
                + " | {{title life-expectancy Female}} | {{period inactive-adults}} | {{source inactive-adults}}"
                + " | {{comparison life-expectancy Westminster Male}} | {{trend inactive-adults \"Kensington and Chelsea\"}}");
    String[] parts = r.text().replaceAll("\\[[^\\]]*\\]", "").split(" \\| ");
    assertEquals(data.catalogue().framework().title(), parts[0]);
    assertEquals("Live longer and fulfilling lives", parts[1]);
    assertEquals("We can all be active in our health", parts[2]);
    assertEquals(Figures.date(view.dataDate()), parts[3]);
    assertEquals("23 November 2026", parts[4]);
    assertEquals("Life expectancy at birth", parts[5]);
    assertEquals("Life expectancy at birth (female)", parts[6]);
    assertEquals("2024/25", parts[7]);
    assertEquals("OHID Fingertips (Sport England Active Lives Adult Survey)", parts[8]);
    assertEquals("better than England", parts[9]);
    assertEquals(
        Figures.lowerFirst(
            view.indicators().stream()
                .filter(v -> v.indicator().id().equals("inactive-adults"))
                .findFirst()
                .orElseThrow()
                .focus()
                .get(1)
                .trend()),
        parts[10]);
  }

  private static List<String> paragraphs(Resolved r) {
    return r.blocks().stream()
        .filter(b -> b instanceof PaperView.Para)
        .map(PaperResolverTest::text)
        .map(t -> t.replaceAll("\\[[^\\]]*\\]", ""))
        .toList();
  }

  @Test
  void theSummaryOfFreshnessCountsTheAnnexsVerdicts() {
    Resolved r = resolve("{{summary freshness}}\n\n{{freshness}}");
    // as of 23 November 2026: the README's `outcomes freshness` example, 8 fresh, 0 due, 7 stale, 4
    // unknown
    assertEquals(
        "As of 23 November 2026, 8 of the framework's 19 indicators are up to date, 7 are out of date"
            + " (their next release is overdue and not in the data) and 4 cannot be judged (the data hold no published"
            + " figures for them).",
        paragraphs(r).get(0));
    PaperView.Table annex = assertInstanceOf(PaperView.Table.class, r.blocks().get(1));
    assertEquals(8, annex.rows().stream().filter(row -> row.get(2).text().equals("Fresh")).count());
    assertEquals(7, annex.rows().stream().filter(row -> row.get(2).text().equals("Stale")).count());
    String note = text(r.blocks().get(0));
    assertTrue(
        note.contains(
            "Out of date (most recent period in the data): Average anxiety score (adults)"
                + " (2022/23); Estimated dementia diagnosis rate (aged 65 and over) (2018); Fine particulate matter"
                + " (PM2.5), annual mean concentration (2019);"),
        note);
    assertFalse(paragraphs(r).get(0).contains("latest"), "never 'latest' for a stale source");
  }

  @Test
  void theSummariesOfComparisonsAndTrendsSayWhyTheRestAreNot() {
    Resolved r = resolve("{{summary comparisons}}\n\n{{summary trends}}");
    List<String> p = paragraphs(r);
    assertEquals(
        "Of the framework's 19 indicators, 7 are compared with England; the other 12 are not: no figure for"
            + " England in the data (11); no confidence limits, and no comparison of the source's own (1).",
        p.get(0));
    assertEquals(
        "A recent trend can be calculated for 3 of the framework's 19 indicators, all 3 on illustrative"
            + " figures; for the other 16 it cannot: not a proportion or rate (7); fewer than five single-year points"
            + " (6); no counts (3).",
        p.get(1));
    String notes = r.text();
    // its latest period, autumn 2025, has no England figure (MHCLG's table has local authorities
    // only)
    assertTrue(
        notes.contains(
            "No figure for England in the data: Adults with a high anxiety score; Children in"
                + " relative low income families, after housing costs; People sleeping rough on a single night (autumn"
                + " snapshot);"),
        notes);
    // Fingertips publishes neither limits nor a judgement for 93861
    assertTrue(
        notes.contains(
            "No confidence limits, and no comparison of the source's own: Fraction of mortality"
                + " attributable to particulate air pollution (PM2.5)."),
        notes);
  }

  @Test
  void theSummaryOfComputedFiguresNamesTheCensusIndicators() {
    Resolved r = resolve("{{summary computed}}");
    assertEquals(
        "The percentages of 3 indicators, and their 95% confidence intervals, are computed by this tool"
            + " from the counts and denominators their source publishes (Wilson score intervals, as Fingertips computes"
            + " them): Residents whose main language is not English; Residents from Black, Asian, Mixed and other ethnic"
            + " groups (Global Majority); Residents providing unpaid care. Every other indicator's figures and intervals are read as their data files give"
            + " them.",
        paragraphs(r).get(0));
  }

  @Test
  void aComputedFiguresFootnoteSaysSo() {
    String t = resolve("{{value carers Westminster}}").text();
    assertTrue(
        t.contains(
            "computed by this tool from the published count (13,516) and denominator (195,734)"),
        t);
    String published = resolve("{{value life-expectancy Westminster Male}}").text();
    assertFalse(published.contains("computed"), published);
  }

  @Test
  void theTemplatesRealHeadlineGapsAreTheReportsHeadlineCharts() throws Exception {
    String template = java.nio.file.Files.readString(Path.of("templates/board-paper.md"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\\{\\{gap life-expectancy Male (E05\\d+) vs (E05\\d+)\\}\\}")
            .matcher(template);
    List<String> pairs =
        outcomes.catalogue.CatalogueReader.read(Path.of("indicators"))
            .orThrow()
            .framework()
            .headlineGaps()
            .stream()
            .map(p -> p.area() + " vs " + p.vs())
            .toList();
    int n = 0;
    while (m.find()) {
      assertTrue(
          pairs.contains(m.group(1) + " vs " + m.group(2)), m.group() + " is not among " + pairs);
      n++;
    }
    assertEquals(2, n, "the boys' gaps on the old wards: Westbourne and Notting Barns");
  }

  @Test
  void loopsRunOverAmbitionsAndTheirIndicators() {
    Resolved r =
        resolve(
            "{{for a in ambitions}}\n## {{a}}. {{ambition a}}\n{{for i in ambition a}}\n- {{title i}}:"
                + " {{value i Westminster}}\n{{end}}\n{{end}}");
    List<String> headings =
        r.blocks().stream()
            .filter(b -> b instanceof PaperView.Heading)
            .map(PaperResolverTest::text)
            .toList();
    assertEquals(10, headings.size());
    assertEquals("2. We can all be active in our health", headings.get(1));
    List<String> bullets =
        r.blocks().stream()
            .filter(b -> b instanceof PaperView.Bullet)
            .map(PaperResolverTest::text)
            .toList();
    assertEquals(view.indicators().size(), bullets.size());
    assertTrue(
        bullets.contains(
            bullets.stream()
                .filter(b -> b.startsWith("Life expectancy at birth (male): 82.5 years["))
                .findFirst()
                .orElse("no life expectancy bullet in " + bullets)));
  }

  @Test
  void tablesAndChartsMakeTheirBlocks() {
    Resolved r =
        resolve(
            "{{table ambition 8}}\n{{table outcomes}}\n{{table wards child-poverty Westminster}}\n"
                + "{{freshness}}\n{{chart life-expectancy-male-trend}}\n{{chart gap life-expectancy Male E05000648 vs E05000637"
                + " alt=\"Two lines apart\"}}\n{{changes}}");
    List<PaperView.Block> b = r.blocks();
    PaperView.Table glance = assertInstanceOf(PaperView.Table.class, b.get(0));
    assertEquals("Indicator", glance.header().get(0));
    assertTrue(
        glance.rows().stream()
            .anyMatch(row -> row.get(0).text().equals("Life expectancy at birth (male)")));
    assertEquals(4, assertInstanceOf(PaperView.Table.class, b.get(1)).rows().size());
    PaperView.Table wards = assertInstanceOf(PaperView.Table.class, b.get(2));
    assertEquals(18, wards.rows().size());
    assertEquals(
        data.indicators().size(), assertInstanceOf(PaperView.Table.class, b.get(3)).rows().size());
    PaperView.Figure trend = assertInstanceOf(PaperView.Figure.class, b.get(4));
    assertTrue(
        trend
            .alt()
            .startsWith(
                "Life expectancy at birth (male): Westminster and Kensington and Chelsea over time."));
    assertTrue(trend.caption().contains("Source: OHID Fingertips"), trend.caption());
    assertEquals("Two lines apart", assertInstanceOf(PaperView.Figure.class, b.get(5)).alt());
    assertEquals("CHANGES", text(b.get(6)));
  }

  @Test
  void whatALoopNamesAndTheDataLackIsLeftOut() {
    Resolved r =
        resolve(
            "{{for i in indicators}}\n{{chart wards i Westminster}}\n{{table wards i Westminster}}\n{{end}}");
    long figures = r.blocks().stream().filter(b -> b instanceof PaperView.Figure).count();
    long tables = r.blocks().stream().filter(b -> b instanceof PaperView.Table).count();
    assertEquals(figures, tables);
    assertTrue(
        figures >= 3 && figures < view.indicators().size(),
        "wards for some indicators only: " + figures);
    assertTrue(r.ctx().notes().get(r.ctx().notes().size() - 1).contains("left out"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{{value life-expectncy Westminster Male}}|1|9|unknown indicator 'life-expectncy'",
        "{{value life-expectancy Westmister Male}}|1|25|no area 'Westmister' has data",
        "{{value life-expectancy Westminster}}|1|9|has figures for Female and Male separately",
        "{{value inactive-adults Westminster Male}}|1|37|has figures for Persons only",
        "{{value life-expectancy Westminster Boys2}}|1|37|unknown sex 'Boys2'",
        "{{value life-expectancy Westminster Male period=1066}}|1|42|Westminster has no figure for 1066",
        "{{gap life-expectancy Male Westbourne vs Nowhere}}|1|42|no area 'Nowhere'",
        "{{gap life-expectancy Male Westbourne versus E05000637}}|1|39|write the two areas as A vs B",
        "{{gap life-expectancy Male E05000648 vs E05013797}}|1|41|have no period with a value for both",
        "{{comparison life-expectancy Westbourne Male}}|1|30|is not one of the framework's areas",
        "{{ambition 11}}|1|12|the framework has no ambition 11",
        "{{table ambition 0}}|1|18|the framework has no ambition 0",
        "{{table ambitions}}|1|9|no table 'ambitions'",
        "{{table wards population Westminster}}|1|15|has no figures for the wards of Westminster",
        "{{chart life-expectancy-trend}}|1|9|no chart 'life-expectancy-trend'",
        "{{chart trend life-expectancy}}|1|15|has figures for Female and Male separately",
        "{{chart wards child-poverty Soho}}|1|29|'Soho' is not one of the framework's areas",
        "{{chart pie child-poverty}}|1|9|no kind of chart 'pie'",
        "{{for a in ambitions}}\\n{{value a Westminster}}\\n{{end}}|2|9|'a' stands for ambition 1 here, not an indicator",
        "{{for i in indicators}}\\n{{ambition i}}\\n{{end}}|2|12|stands for the indicator",
        "{{for i in outcome 7}}\\n{{end}}|1|20|the framework has no outcome 7",
        "{{summary everything}}|1|11|no summary 'everything'",
      })
  void namesTheDataDoNotHaveStopTheRunAtTheirPlace(
      String template, int line, int column, String message) {
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> resolve(template.replace("\\n", "\n")));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(new Location(FILE, line, column), e.location(), e.describe());
    assertTrue(e.getMessage().contains(message), e.describe());
  }
}
