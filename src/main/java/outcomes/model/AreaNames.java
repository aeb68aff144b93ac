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
    String s = SPACES.matcher(name == null ? "" : name.strip()).replaceAll(" ");
    var m = CITY_OF.matcher(s);
    return m.matches() ? m.group(1) : s;
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
