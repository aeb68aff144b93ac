package outcomes.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Area names as sources write them: "Westminster, City of", "Knightsbridge & Belgravia" against
 * "Knightsbridge and Belgravia", "Queens Gate" against "Queen's Gate", "St. Helen's". Areas are
 * matched on codes; these forms only help a person find an area by name and tidy a source's name
 * for an area the lookup does not know.
 */
public final class AreaNames {
  private static final Pattern CITY_OF = Pattern.compile("(?i)(.+?),\\s*City of");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DROPPED = Pattern.compile("['\u2019.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  private AreaNames() {}

  /** The name as a person writes it: single spaces, and "Westminster, City of" as "Westminster". */
  public static String clean(String name) {
    String s = name == null ? "" : name.strip();
    if (tidy(s)) {
      return s; // most names: no regular expression needed, and one is run per row read
    }
    s = SPACES.matcher(s).replaceAll(" ");
    var m = CITY_OF.matcher(s);
    return m.matches() ? m.group(1) : s;
  }

  /** No comma, and no white space but single spaces: nothing for {@link #clean} to change. */
  private static boolean tidy(String s) {
    char previous = 'x';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || Character.isWhitespace(c) && (c != ' ' || previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * The form two spellings of one name share: lower case, "&" as "and", apostrophes and full stops
   * dropped (so "Queens Gate", "Queen's Gate" and "St Jamess" match their proper forms), other
   * punctuation as a space.
   */
  public static String key(String name) {
    String s = clean(name).toLowerCase(Locale.ROOT).replace("&", " and ");
    s = DROPPED.matcher(s).replaceAll("");
    return SEPARATORS.matcher(s).replaceAll(" ").strip();
  }
}
