package outcomes.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import outcomes.model.Area;
import outcomes.model.BoundaryFile;
import outcomes.model.Contact;
import outcomes.model.Framework;
import outcomes.model.GapPair;
import outcomes.model.Problem;
import outcomes.model.Sex;

/**
 * Reads framework.yaml: the strategy's outcomes and ambitions, the areas reported on, the ward
 * lookups and the ward boundaries, and who the reports are by and whom to ask about them.
 */
final class FrameworkParser {
  private static final Set<String> KEYS =
      Set.of(
          "title",
          "outcomes",
          "ambitions",
          "focus",
          "areas",
          "ward-lookups",
          "headline-gaps",
          "baseline-date",
          "ward-boundaries",
          "author",
          "contact");
  private static final Set<String> GAP_KEYS = Set.of("indicator", "sex", "area", "vs");
  private static final Set<String> AREA_KEYS = Set.of("code", "name", "type", "parent");
  private static final Set<String> BOUNDARY_KEYS = Set.of("file", "code", "source");
  private static final Set<String> CONTACT_KEYS = Set.of("name", "email", "phone", "website");

  /**
   * One @, something on each side, a dot in the domain: enough to catch a slip, not a validator.
   */
  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final YamlDocument doc;
  private final Fields f;

  FrameworkParser(YamlDocument doc, List<Problem> problems) {
    this.doc = doc;
    this.f = new Fields(doc, problems);
  }

  Framework parse() {
    JsonNode root = doc.root();
    f.onlyKeys("", root, KEYS);
    String title = f.text("", root, "title", true);
    Map<Integer, String> outcomes = numbered(root, "outcomes");
    Map<Integer, String> ambitions = numbered(root, "ambitions");
    List<Area> areas = areas(root);
    List<String> focus = f.texts("", root, "focus");
    for (int i = 0; i < focus.size(); i++) {
      String code = focus.get(i);
      if (areas.stream().noneMatch(a -> a.code().equals(code))) {
        f.problem("/focus/" + i, "the focus area " + code + " is not listed under 'areas'");
      }
    }
    if (focus.isEmpty()) {
      f.problem("", "'focus' must list the codes of the areas the framework reports on");
    }
    List<String> listed = f.texts("", root, "ward-lookups");
    List<String> lookups = new java.util.ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      if (!DataPaths.isInside(listed.get(i))) {
        // said, and then never opened
        f.problem("/ward-lookups/" + i, DataPaths.problem(listed.get(i)));
      } else {
        lookups.add(listed.get(i));
      }
    }
    java.util.Optional<java.time.LocalDate> baselineDate = new ProgressTerms(f).baselineDate(root);
    String author = f.text("", root, "author", false);
    Optional<Contact> contact = contact(root);
    return title == null
        ? null
        : new Framework(
            title,
            new TreeMap<>(outcomes),
            new TreeMap<>(ambitions),
            focus,
            areas,
            lookups,
            doc.at("/ward-lookups"),
            headlineGaps(root),
            baselineDate,
            boundaries(root),
            author,
            contact);
  }

  /** ward-boundaries: each a GeoJSON file under the data folder, its code property and source. */
  private List<BoundaryFile> boundaries(JsonNode root) {
    List<BoundaryFile> out = new ArrayList<>();
    for (Fields.Entry e :
        f.entries(root, "ward-boundaries", "list files, each with file, code and source")) {
      String ptr = e.pointer();
      JsonNode b = e.node();
      f.onlyKeys(ptr, b, BOUNDARY_KEYS);
      String file = f.text(ptr, b, "file", true);
      String code = f.text(ptr, b, "code", true);
      String source = f.text(ptr, b, "source", true);
      if (file != null && !DataPaths.isInside(file)) {
        f.problem(ptr + "/file", DataPaths.problem(file));
      } else if (file != null && code != null && source != null) {
        out.add(new BoundaryFile(file, code, source, doc.at(ptr + "/file")));
      }
    }
    return out;
  }

  /**
   * The contact the workbook's cover gives: a name and at least one way to reach them, each checked
   * for the slips that would print a dead address on a published cover.
   */
  private Optional<Contact> contact(JsonNode root) {
    JsonNode n = f.object("", root, "contact", false);
    if (n == null) {
      return Optional.empty();
    }
    f.onlyKeys("/contact", n, CONTACT_KEYS);
    String name = f.text("/contact", n, "name", true);
    String email = f.text("/contact", n, "email", false);
    String phone = f.text("/contact", n, "phone", false);
    String website = f.text("/contact", n, "website", false);
    boolean ok = name != null;
    if (email != null && !EMAIL.matcher(email).matches()) {
      f.problem(
          "/contact/email",
          "'" + email + "' is not an email address: write it as name@example.gov.uk");
      ok = false;
    }
    if (phone != null && !isPhone(phone)) {
      f.problem(
          "/contact/phone",
          "'"
              + phone
              + "' is not a telephone number: digits, spaces, + ( ) and -"
              + " only, at least seven digits");
      ok = false;
    }
    if (website != null && !isWebsite(website)) {
      f.problem(
          "/contact/website",
          "'" + website + "' is not a web address: write it in full, starting" + " https://");
      ok = false;
    }
    if (email == null && phone == null && website == null) {
      f.problem(
          "/contact",
          "'contact' needs a way to reach "
              + (name == null ? "the team" : name)
              + ": an email, a phone or a website");
      ok = false;
    }
    return ok ? Optional.of(new Contact(name, email, phone, website)) : Optional.empty();
  }

  /** Digits, spaces and the marks numbers are written with (+ first only); seven digits or more. */
  static boolean isPhone(String t) {
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c == ' ' || c == '(' || c == ')' || c == '-' || (c == '+' && i == 0))) {
        return false;
      }
    }
    return digits >= 7;
  }

  /** A full web address: http(s)://, a host with a dot in it, no spaces. */
  static boolean isWebsite(String t) {
    String rest =
        t.startsWith("https://") ? t.substring(8) : t.startsWith("http://") ? t.substring(7) : null;
    if (rest == null || rest.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    return host.indexOf('.') > 0 && !host.endsWith(".");
  }

  private Map<Integer, String> numbered(JsonNode root, String key) {
    JsonNode n = f.object("", root, key, true);
    Map<Integer, String> out = new TreeMap<>();
    if (n == null) {
      return out;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      String title = f.text("/" + key, n, k, true);
      try {
        int number = Integer.parseInt(k);
        if (title != null) {
          out.put(number, title);
        }
      } catch (NumberFormatException e) {
        f.problem("/" + key + "/" + k, key + " are numbered 1, 2, 3…; '" + k + "' is not a number");
      }
    }
    return out;
  }

  private List<Area> areas(JsonNode root) {
    List<Area> out = new ArrayList<>();
    JsonNode n = root.get("areas");
    if (n == null || !n.isArray()) {
      f.problem("", "'areas' must list the areas with code, name and type");
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      String ptr = "/areas/" + i;
      JsonNode a = n.get(i);
      f.onlyKeys(ptr, a, AREA_KEYS);
      String code = f.text(ptr, a, "code", true);
      String name = f.text(ptr, a, "name", true);
      if (code != null && name != null) {
        out.add(
            new Area(code, name, f.text(ptr, a, "type", false), f.text(ptr, a, "parent", false)));
      }
    }
    return out;
  }

  /**
   * The headline gaps: which indicator each names is checked against the catalogue's indicators
   * (CatalogueReader), and whether the data have both areas by validate.
   */
  private List<GapPair> headlineGaps(JsonNode root) {
    List<GapPair> out = new ArrayList<>();
    for (Fields.Entry entry :
        f.entries(root, "headline-gaps", "be a list of {indicator, sex, area, vs}")) {
      String ptr = entry.pointer();
      JsonNode g = entry.node();
      f.onlyKeys(ptr, g, GAP_KEYS);
      String indicator = f.text(ptr, g, "indicator", true);
      String area = f.text(ptr, g, "area", true);
      String vs = f.text(ptr, g, "vs", true);
      String sexText = f.text(ptr, g, "sex", false);
      Optional<Sex> sex = Optional.empty();
      if (sexText != null) {
        try {
          sex = Optional.of(Sex.parse(sexText));
        } catch (IllegalArgumentException e) {
          f.problem(ptr + "/sex", e.getMessage());
          continue;
        }
      }
      if (area != null && area.equals(vs)) {
        f.problem(ptr + "/vs", "a gap needs two different areas: 'area' and 'vs' are both " + area);
      } else if (indicator != null && area != null && vs != null) {
        out.add(new GapPair(indicator, sex, area, vs, doc.at(ptr)));
      }
    }
    return out;
  }
}
