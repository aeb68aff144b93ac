package outcomes.app.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import outcomes.app.FrameworkData;
import outcomes.app.ProgressJob;
import outcomes.app.ReportViews;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.Sex;
import outcomes.report.FrameworkView;
import outcomes.report.PaperView;
import outcomes.report.ProgressText;
import outcomes.report.ProgressView;
import outcomes.report.chart.ReportCharts;
import outcomes.template.TemplateParser;

/**
 * The paper's progress placeholders on the bundled catalogue and data: the words are `outcomes
 * progress`'s on the same day, every table and footnote says how change is judged, illustrative
 * figures are labelled, and each bad argument stops the run at its line and column.
 */
class PaperProgressTest {
  private static final String FILE = "templates/t.md";
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static FrameworkData data;
  private static FrameworkView view;
  private static ProgressView progress;

  @BeforeAll
  static void load() {
    data = FrameworkData.load(Path.of("indicators"), Path.of("data"));
    view = ReportViews.of(data, AS_OF);
    progress = ProgressJob.of(data, AS_OF);
  }

  private record Resolved(List<PaperView.Block> blocks, PaperContext ctx) {
    String text() {
      return blocks.stream().map(Resolved::text).collect(Collectors.joining("\n"));
    }

    static String text(PaperView.Block b) {
      List<PaperView.Span> spans =
          b instanceof PaperView.Para p
              ? p.spans()
              : b instanceof PaperView.Bullet u
                  ? u.spans()
                  : b instanceof PaperView.Heading h ? h.spans() : List.of();
      return spans.stream()
          .map(
              s ->
                  s instanceof PaperView.Words w
                      ? w.text()
                      : "[" + ((PaperView.Note) s).text() + "]")
          .collect(Collectors.joining());
    }
  }

  private static Resolved resolve(String template) {
    PaperContext ctx = new PaperContext(data, view, view.dataDate(), AS_OF, Path.of("data"));
    PaperResolver r = new PaperResolver(ctx);
    r.resolve(TemplateParser.parse(FILE, template));
    return new Resolved(r.fill(List.of()), ctx);
  }

  @Test
  void anOutcomesTableHasProgressTextsRowsAndSaysHowChangeIsJudged() {
    PaperView.Table t =
        assertInstanceOf(PaperView.Table.class, resolve("{{table progress 1}}").blocks().get(0));
    assertEquals(ProgressText.COLUMNS, t.header());
    List<ProgressView.Item> items = progress.outcome(1);
    assertEquals(items.size(), t.rows().size());
    for (int i = 0; i < items.size(); i++) {
      assertEquals(
          ProgressText.row(items.get(i)),
          t.rows().get(i).stream().map(PaperView.Cell::text).toList());
    }
    assertTrue(
        t.caption().startsWith("Progress since 2023: outcome 1, live longer and fulfilling lives."),
        t.caption());
    assertTrue(
        t.caption()
            .contains(
                "taken as independent estimates, each with a standard error from its published 95%"
                    + " limits"),
        t.caption());
    assertTrue(
        t.caption().contains("Sources: ") && t.caption().contains("OHID Fingertips"), t.caption());
    assertFalse(
        t.caption().contains("illustrative"), "outcome 1 shows only real figures: " + t.caption());
  }

  @Test
  void aTableWithAnIllustrativeRowLabelsItAndThePaper() {
    Resolved r = resolve("{{table progress 2}}");
    PaperView.Table t = assertInstanceOf(PaperView.Table.class, r.blocks().get(0));
    assertTrue(t.rows().stream().anyMatch(row -> row.get(0).text().endsWith("(illustrative)")));
    assertTrue(
        t.caption().contains("Rows marked (illustrative) are made from synthetic figures"),
        t.caption());
    assertTrue(r.ctx().illustrative());
  }

  @Test
  void aLoopOverOutcomesGivesATableEach() {
    Resolved r =
        resolve(
            "# {{progress heading}}\n{{for o in outcomes}}\n## {{outcome o}}\n{{table progress o}}\n{{end}}");
    assertEquals("Progress since 2023", Resolved.text(r.blocks().get(0)));
    assertEquals(4, r.blocks().stream().filter(b -> b instanceof PaperView.Table).count());
  }

  @Test
  void theHeadlineSentenceIsProgressTextsWithItsFiguresAndMethodInAFootnote() {
    Resolved r = resolve("{{progress life-expectancy Westminster Male}}");
    ProgressView.Item item = progress.item("life-expectancy", Sex.MALE, "E09000033").orElseThrow();
    String text = r.text();
    assertTrue(text.startsWith(ProgressText.sentence(item) + "["), text);
    assertTrue(
        text.startsWith(
            "Life expectancy at birth for men in Westminster rose from 81.0 (2018 - 20) to 82.5"
                + " years (2023 - 25), a change of +1.5 years, which cannot be judged: no 95% limits are published"),
        text);
    assertTrue(
        text.contains(
            "[Life expectancy at birth (male), Westminster (E09000033): baseline 2018 - 20 (the period"
                + " the strategy cites, declared in the indicator file), 81.0 years; most recent comparable in the data, 2023 - 25,"
                + " 82.5 years."),
        text);
    assertTrue(
        text.contains("independent estimates") && text.contains("Source: OHID Fingertips"), text);
  }

  @Test
  void noSignificantChangeAndAStaleFigureAreSaidSo() {
    String text = resolve("{{progress unemployment \"Kensington and Chelsea\"}}").text();
    String sentence = text.substring(0, text.indexOf('['));
    assertTrue(sentence.contains("(95% CI -2.2 to 3.4), not a significant change."), sentence);
    assertTrue(
        sentence.contains("the most recent figure in the data, a newer release being overdue"),
        sentence);
    assertFalse(text.contains("latest"), "a stale figure is never the latest: " + text);
    assertTrue(
        text.contains(
            "most recent comparable in the data, 2023, 5.9% (95% CI 3.7 to 8.1) (a newer release is"
                + " overdue)"),
        text);
  }

  @Test
  void anIllustrativeChangeIsLabelled() {
    Resolved r = resolve("{{progress high-anxiety Westminster}}");
    assertTrue(
        r.text().contains("(illustrative data: synthetic, not published figures)."), r.text());
    assertTrue(r.ctx().illustrative());
  }

  @Test
  void headlineGapsSinceTheBaselineAcrossABoundaryReviewCannotBeJudged() {
    String old = resolve("{{progress gap life-expectancy Male E05000648 vs E05000637}}").text();
    assertTrue(
        old.startsWith(
            "The gap between Westbourne and Knightsbridge and Belgravia cannot be judged: these wards"
                + " (Westminster wards 2002-2022) have figures for 1999-2003 to 2010-14, not for the baseline 2018 - 20"),
        old);
    Resolved today =
        resolve(
            "{{progress gap life-expectancy Male Westbourne vs \"Knightsbridge & Belgravia\"}}");
    assertTrue(
        today
            .text()
            .startsWith(
                "Westbourne was 18.0 years below Knightsbridge & Belgravia in 2018 - 20 and 18.0"
                    + " years below Knightsbridge & Belgravia in 2019 - 21; the gap did not change significantly (change 0.0 years,"
                    + " 95% CI -4.6 to 4.6) (illustrative data)["),
        today.text());
    assertTrue(today.text().contains("taken as independent estimates"), today.text());
    assertTrue(today.ctx().illustrative());
  }

  @Test
  void theTrendChartsMarkTheBaselineTheWordsMeasureFrom() throws Exception {
    ReportCharts.Named trend =
        ReportCharts.of(view, List.of(), progress::baselinePeriod).stream()
            .filter(c -> c.name().equals("life-expectancy-male-trend"))
            .findFirst()
            .orElseThrow();
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    trend.chart().writeSvg(svg);
    assertTrue(svg.toString(StandardCharsets.UTF_8).contains(">Baseline 2018 - 20<"));
    PaperView.Figure f =
        assertInstanceOf(
            PaperView.Figure.class,
            resolve("{{chart trend life-expectancy Male}}").blocks().get(0));
    assertTrue(f.alt().contains("; the strategy's baseline, 2018 - 20, marked."), f.alt());
    ReportCharts.Named year6 =
        ReportCharts.of(view, List.of(), progress::baselinePeriod).stream()
            .filter(c -> c.name().equals("year6-overweight-trend"))
            .findFirst()
            .orElseThrow();
    assertFalse(
        year6.chart().text().subtitle().contains("baseline"),
        "2021/22 is not in the data: nothing to mark");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{{table progress}}|1|1|takes one outcome number",
        "{{table progress 5}}|1|18|the framework has no outcome 5",
        "{{table progress 1 2}}|1|20|takes one outcome number",
        "{{progress life-expectncy Westminster Male}}|1|12|unknown indicator 'life-expectncy'",
        "{{progress life-expectancy Westbourne Male}}|1|28|is not one of the framework's areas",
        "{{progress life-expectancy Westminster}}|1|12|has figures for Female and Male separately",
        "{{progress life-expectancy Westminster Boys2}}|1|40|unknown sex 'Boys2'",
        "{{progress life-expectancy Westminster Male extra}}|1|45|an indicator, an area and a sex at most",
        "{{progress life-expectancy}}|1|1|needs an area",
        "{{progress heading now}}|1|20|takes nothing more",
        "{{progress gap life-expectancy Male Westbourne versus E05000637}}|1|48|write the gap as",
        "{{progress gap life-expectancy Male E05000637 vs E05000648}}|1|37|is not one of framework.yaml's headline-gaps",
        "{{progress gap life-expectancy Male E05000648 vs Nowhere}}|1|50|no area 'Nowhere'",
        "{{for i in indicators}}\\n{{progress i Soho}}\\n{{end}}|2|14|'Soho' is not one of the framework's areas",
      })
  void badArgumentsStopTheRunAtTheirPlace(String template, int line, int column, String message) {
    OutcomesException e =
        assertThrows(OutcomesException.class, () -> resolve(template.replace("\\n", "\n")));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(new Location(FILE, line, column), e.location(), e.describe());
    assertTrue(e.getMessage().contains(message), e.describe());
  }
}
