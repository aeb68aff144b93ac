package outcomes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names as a person writes them, and the form two spellings of one name share. */
class AreaNamesTest {
  @Test
  void cleansNamesAsSourcesWriteThem() {
    assertEquals("Westminster", AreaNames.clean("Westminster, City of"));
    assertEquals("Westminster", AreaNames.clean("  Westminster,  city of "));
    assertEquals("Knightsbridge and Belgravia", AreaNames.clean("Knightsbridge  and\tBelgravia"));
    assertEquals("St. Helen's", AreaNames.clean("St. Helen's"));
    assertEquals("Kensington, Chelsea", AreaNames.clean("Kensington, Chelsea"));
    assertEquals("", AreaNames.clean(null));
  }

  @Test
  void givesTwoSpellingsOfOneNameOneKey() {
    assertEquals(AreaNames.key("Queen's Gate"), AreaNames.key("Queens Gate"));
    assertEquals(
        AreaNames.key("Knightsbridge & Belgravia"), AreaNames.key("Knightsbridge and Belgravia"));
    assertEquals(AreaNames.key("Westminster, City of"), AreaNames.key("westminster"));
  }

  /**
   * The quick path for tidy names changes nothing: random names clean as the expressions alone do.
   */
  @Test
  void cleansEveryNameAsTheRegularExpressionsDo() {
    Pattern spaces = Pattern.compile("\\s+");
    Pattern cityOf = Pattern.compile("(?i)(.+?),\\s*City of");
    String[] pieces = {
      "a", "B", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",", ", City of", "'", "é", "-"
    };
    Random rnd = new Random(3);
    for (int i = 0; i < 20000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(8); k > 0; k--) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String name = b.toString();
      String s = spaces.matcher(name.strip()).replaceAll(" ");
      var m = cityOf.matcher(s);
      assertEquals(m.matches() ? m.group(1) : s, AreaNames.clean(name), "'" + name + "'");
    }
  }
}
