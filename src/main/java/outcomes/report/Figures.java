package outcomes.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import outcomes.model.Interval;
import outcomes.model.Rounding;
import outcomes.model.Unit;

/** Numbers and dates in a paper's words, the same on every machine: 1,698, 84.1 years, 21.5%. */
public final class Figures {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Figures() {}

  /** A number to {@code decimals} places, as every output writes it ({@link Rounding}). */
  public static String number(double x, int decimals) {
    return Rounding.text(x, decimals);
  }

  /** A value with its unit: "84.1 years", "21.5%", "1,698 people". */
  public static String withUnit(double x, Unit unit) {
    String v = number(x, unit.decimals());
    if (unit.label().isEmpty()) {
      return v;
    }
    return unit.label().equals("%") ? v + "%" : v + " " + unit.label();
  }

  /** The size of a difference in a unit: "14.0 years", "3.2 percentage points". */
  public static String difference(double x, Unit unit) {
    String v = number(x, unit.decimals());
    return unit.label().equals("%")
        ? v + " percentage points"
        : unit.label().isEmpty() ? v : v + " " + unit.label();
  }

  /** "73.7 to 76.8". */
  public static String range(Interval ci, int decimals) {
    return number(ci.lower(), decimals) + " to " + number(ci.upper(), decimals);
  }

  private static final String[] WORDS = {
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
  };

  /** A count as a sentence writes it: "four" up to ten, then digits ("12", "1,698"). */
  public static String count(int n) {
    return n >= 0 && n < WORDS.length ? WORDS[n] : number(n, 0);
  }

  /** "31 December 2025". */
  public static String date(LocalDate d) {
    return DATE.format(d);
  }

  /** The text with its first letter in upper case, if it starts with a-z ("µg/m³" stays). */
  public static String capitalised(String s) {
    return s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z'
        ? s
        : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The text with its first letter in lower case, unless it starts an acronym ("PM2.5"). */
  public static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
