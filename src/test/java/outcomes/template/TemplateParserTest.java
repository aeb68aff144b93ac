package outcomes.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.template.Template.Arg;
import outcomes.template.Template.Block;
import outcomes.template.Template.Bullet;
import outcomes.template.Template.Directive;
import outcomes.template.Template.Heading;
import outcomes.template.Template.Loop;
import outcomes.template.Template.PageBreak;
import outcomes.template.Template.Paragraph;
import outcomes.template.Template.Placeholder;
import outcomes.template.Template.Text;

class TemplateParserTest {
  private static final String FILE = "templates/test.md";

  private static List<Block> parse(String text) {
    return TemplateParser.parse(FILE, text).blocks();
  }

  private static Placeholder only(String line) {
    Block b = parse(line).get(0);
    if (b instanceof Directive d) {
      return d.placeholder();
    }
    Paragraph p = assertInstanceOf(Paragraph.class, b);
    return assertInstanceOf(Placeholder.class, p.text().get(0));
  }

  private static List<String> args(Placeholder p) {
    return p.args().stream().map(Arg::text).toList();
  }

  @Test
  void headingsParagraphsBulletsCommentsAndPageBreaks() {
    List<Block> blocks =
        parse(
            "<!-- a comment\n  over lines -->\n# Title\n\nOne line\nand the next.\n"
                + "- a point\n* another\n---\n### Small **bold** words\n<!-- one line -->\nLast.");
    assertEquals(7, blocks.size(), blocks.toString());
    Heading h = assertInstanceOf(Heading.class, blocks.get(0));
    assertEquals(1, h.level());
    assertEquals(List.of(new Text("Title", false)), h.text());
    assertEquals(new Location(FILE, 3, 1), h.at());
    Paragraph p = assertInstanceOf(Paragraph.class, blocks.get(1));
    assertEquals("One line and the next.", plain(p.text()));
    assertEquals(new Location(FILE, 5, 1), p.at());
    assertEquals("a point", plain(assertInstanceOf(Bullet.class, blocks.get(2)).text()));
    assertEquals("another", plain(assertInstanceOf(Bullet.class, blocks.get(3)).text()));
    assertInstanceOf(PageBreak.class, blocks.get(4));
    Heading small = assertInstanceOf(Heading.class, blocks.get(5));
    assertEquals(3, small.level());
    assertEquals(
        List.of(new Text("Small ", false), new Text("bold", true), new Text(" words", false)),
        small.text());
    assertEquals("Last.", plain(assertInstanceOf(Paragraph.class, blocks.get(6)).text()));
  }

  private static String plain(List<Template.Inline> text) {
    StringBuilder b = new StringBuilder();
    text.forEach(i -> b.append(i instanceof Text t ? t.text() : "{{}}"));
    return b.toString();
  }

  @Test
  void valueWithAreaSexAndPeriodOption() {
    Placeholder p = only("{{value life-expectancy Westminster Male period=2019-21}}");
    assertEquals(Kind.VALUE, p.kind());
    assertEquals(List.of("life-expectancy", "Westminster", "Male"), args(p));
    assertEquals("2019-21", p.option("period").orElseThrow().text());
    assertEquals(new Location(FILE, 1, 1), p.at());
    assertEquals(new Location(FILE, 1, 9), p.args().get(0).at());
    assertEquals(new Location(FILE, 1, 25), p.args().get(1).at());
  }

  @Test
  void gapWithQuotedAreaName() {
    Paragraph para =
        assertInstanceOf(
            Paragraph.class,
            parse("Boys: {{gap life-expectancy Male Westbourne vs \"Knightsbridge & Belgravia\"}}.")
                .get(0));
    assertEquals(new Text("Boys: ", false), para.text().get(0));
    assertEquals(new Text(".", false), para.text().get(2));
    Placeholder p = assertInstanceOf(Placeholder.class, para.text().get(1));
    assertEquals(Kind.GAP, p.kind());
    assertEquals(
        List.of("life-expectancy", "Male", "Westbourne", "vs", "Knightsbridge & Belgravia"),
        args(p));
    assertEquals(7, p.at().column());
    assertEquals(new Location(FILE, 1, 48), p.args().get(4).at());
  }

  @Test
  void quotesMayHoldEscapedQuotesAndBraces() {
    Placeholder p = only("{{chart trend life-expectancy Male alt=\"Say \\\"hello\\\" }} here\"}}");
    assertEquals("Say \"hello\" }} here", p.option("alt").orElseThrow().text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{{title life-expectancy}}|TITLE|1",
        "{{definition inactive-adults}}|DEFINITION|1",
        "{{source inactive-adults}}|SOURCE|1",
        "{{period inactive-adults}}|PERIOD|1",
        "{{comparison inactive-adults Westminster}}|COMPARISON|2",
        "{{trend life-expectancy Westminster Female}}|TREND|3",
        "{{outcome 1}}|OUTCOME|1",
        "{{ambition 10}}|AMBITION|1",
        "{{framework}}|FRAMEWORK|0",
        "{{date}}|DATE|0",
        "{{as-of}}|AS_OF|0",
        "{{table ambition 2}}|TABLE|2",
        "{{table outcomes}}|TABLE|1",
        "{{table wards child-poverty Westminster}}|TABLE|3",
        "{{chart life-expectancy-male-trend}}|CHART|1",
        "{{chart gap life-expectancy Male Westbourne vs Queens}}|CHART|6",
        "{{changes}}|CHANGES|0",
        "{{freshness}}|FRESHNESS|0",
        "{{summary freshness}}|SUMMARY|1",
      })
  void everyPlaceholderKind(String text, Kind kind, int args) {
    Placeholder p = only(text);
    assertEquals(kind, p.kind());
    assertEquals(args, p.args().size());
  }

  @Test
  void blockPlaceholdersStandAlone() {
    assertInstanceOf(Directive.class, parse("  {{table ambition 2}}  ").get(0));
    assertInstanceOf(Paragraph.class, parse("{{value population Westminster}}").get(0));
  }

  @Test
  void loopsNestAndMarkTheirVariables() {
    List<Block> blocks =
        parse(
            "{{for a in ambitions}}\n## Ambition {{a}}: {{ambition a}}\n"
                + "{{for i in ambition a}}\n- {{title i}}: {{value i Westminster}}\n{{chart trend i}}\n{{end}}\n{{end}}\n"
                + "{{value a Westminster}}");
    assertEquals(2, blocks.size());
    Loop outer = assertInstanceOf(Loop.class, blocks.get(0));
    assertEquals("a", outer.variable());
    assertEquals("ambitions", outer.set().text());
    assertTrue(outer.of().isEmpty());
    Heading h = assertInstanceOf(Heading.class, outer.body().get(0));
    Placeholder var = assertInstanceOf(Placeholder.class, h.text().get(1));
    assertEquals(Kind.VARIABLE, var.kind());
    assertTrue(assertInstanceOf(Placeholder.class, h.text().get(3)).args().get(0).variable());
    Loop inner = assertInstanceOf(Loop.class, outer.body().get(1));
    assertEquals("ambition", inner.set().text());
    assertTrue(inner.of().orElseThrow().variable());
    Bullet b = assertInstanceOf(Bullet.class, inner.body().get(0));
    Placeholder value = assertInstanceOf(Placeholder.class, b.text().get(2));
    assertTrue(value.args().get(0).variable());
    assertFalse(value.args().get(1).variable());
    assertInstanceOf(Directive.class, inner.body().get(1));
    // outside the loop, "a" is just a word again
    Placeholder after =
        assertInstanceOf(
            Placeholder.class, assertInstanceOf(Paragraph.class, blocks.get(1)).text().get(0));
    assertFalse(after.args().get(0).variable());
  }

  @Test
  void aQuotedWordIsNeverAVariable() {
    Loop loop =
        assertInstanceOf(
            Loop.class, parse("{{for i in indicators}}\n{{title \"i\"}}\n{{end}}").get(0));
    Placeholder p =
        assertInstanceOf(Placeholder.class, ((Paragraph) loop.body().get(0)).text().get(0));
    assertFalse(p.args().get(0).variable());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text | line | column | message contains
        "Hello {{valeu life-expectancy Westminster}}|1|9|unknown placeholder 'valeu'",
        "{{}}|1|1|an empty placeholder",
        "x {{value life-expectancy Westminster|1|3|does not end on this line",
        "x }} y|1|3|}} without an opening {{",
        "{{value life-expectancy}}|1|1|{{value}} takes 2 to 3 arguments, not 1",
        "{{value a b c d}}|1|15|takes 2 to 3 arguments, not 4",
        "{{date today}}|1|8|{{date}} takes no arguments",
        "{{value a b colour=red}}|1|13|has no option 'colour'",
        "{{value a b period=1 period=2}}|1|22|option 'period' is given twice",
        "{{gap a Male \"Knightsbridge}}|1|14|a quoted word that does not end",
        "Text and {{table ambition 2}}|1|10|must stand alone on its line",
        "# Heading {{chart x-trend}}|1|11|must stand alone on its line",
        "{{chart}}|1|1|{{chart}} takes 1 to 6 arguments, not 0",
        "#### Too deep|1|1|headings go to level 3",
        "##No space|1|3|a heading needs a space",
        "Some **bold|1|6|** starts bold text that does not end",
        "{{end}}|1|1|{{end}} without a {{for}}",
        "{{for i in ambitions}}|1|1|{{for i …}} without {{end}}",
        "{{for i of ambitions}}|1|1|a loop names its variable",
        "{{for I in ambitions}}|1|7|a loop variable is a word of lower-case letters",
        "{{for value in ambitions}}|1|7|is a word of the template language",
        "{{for i in wards}}|1|12|a loop runs over",
        "{{for i in ambition}}|1|12|needs one number",
        "{{for i in ambition x}}|1|21|'x' is not a ambition number",
        "{{for i in indicators 3}}|1|23|takes nothing after 'indicators'",
        "text {{for i in indicators}}|1|6|{{for}} must stand alone on its line",
        "<!-- never closed|1|1|a comment <!-- that does not end",
      })
  void errorsSayFileLineAndColumn(String text, int line, int column, String message) {
    OutcomesException e = assertThrows(OutcomesException.class, () -> parse(text));
    assertEquals(OutcomesException.Kind.BAD_INPUT, e.kind());
    assertEquals(new Location(FILE, line, column), e.location(), e.describe());
    assertTrue(e.getMessage().contains(message), e.describe());
    assertTrue(e.describe().startsWith(FILE + ":" + line + ":" + column + ": "), e.describe());
  }

  @Test
  void errorsOnLaterLinesCountLinesAndIndent() {
    OutcomesException e =
        assertThrows(
            OutcomesException.class,
            () ->
                parse(
                    "# Title\n\r\n{{for i in indicators}}\n  - {{title i}} {{valu i}}\n{{end}}\n"));
    assertEquals(new Location(FILE, 4, 19), e.location());
    e =
        assertThrows(
            OutcomesException.class,
            () -> parse("{{for i in indicators}}\n{{for i in ambitions}}\n{{end}}\n{{end}}"));
    assertEquals(new Location(FILE, 2, 7), e.location());
    assertTrue(e.getMessage().contains("already in use"));
  }

  @Test
  void theBundledTemplateParses() throws Exception {
    Path bundled = Path.of("templates/board-paper.md");
    Template t = TemplateParser.parse(bundled.toString(), Files.readString(bundled));
    assertTrue(t.blocks().size() > 10);
    assertInstanceOf(Heading.class, t.blocks().get(0));
  }
}
