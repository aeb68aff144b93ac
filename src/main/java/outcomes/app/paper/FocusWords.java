package outcomes.app.paper;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import outcomes.model.Area;
import outcomes.model.Framework;

/**
 * How the paper's own sentences name the areas the framework reports on, from framework.yaml rather
 * than from Java: the noun is the last word of their type ("London borough" gives "borough",
 * "County" gives "county"), and the count decides "either borough" or "the borough".
 */
record FocusWords(String noun, int count) {
  FocusWords {
    Objects.requireNonNull(noun, "noun");
  }

  static FocusWords of(Framework framework) {
    List<String> types =
        framework.focusAreas().stream()
            .map(code -> framework.area(code).map(Area::type).orElse(""))
            .map(t -> t == null ? "" : t.strip())
            .distinct()
            .toList();
    String type = types.size() == 1 ? types.get(0) : "";
    String noun =
        type.isEmpty() ? "area" : type.substring(type.lastIndexOf(' ') + 1).toLowerCase(Locale.UK);
    return new FocusWords(noun, framework.focusAreas().size());
  }

  /** "each borough's", or "the borough's" where there is one. */
  String eachs() {
    return (count == 1 ? "the " : "each ") + noun + "'s";
  }

  /** "either borough", "any borough" of three or more, or "the borough". */
  String either() {
    return (count == 1 ? "the " : count == 2 ? "either " : "any ") + noun;
  }
}
