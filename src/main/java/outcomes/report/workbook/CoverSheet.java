package outcomes.report.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import outcomes.freshness.Status;
import outcomes.model.Area;
import outcomes.model.Contact;
import outcomes.model.DataFile;
import outcomes.model.Framework;
import outcomes.model.Indicator;
import outcomes.model.Observation;
import outcomes.model.Origin;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.report.NextRelease;

/**
 * The first sheet, in the words of the standard's cover: what the workbook is, the framework and
 * the areas, the date the data run to and the day it was made, when it next needs updating, the
 * sources and their licences, what is real and what illustrative, the shorthand and notes, and whom
 * to ask. Text only, in column A, one paragraph a row; no table.
 */
final class CoverSheet {
  static final String NAME = "Cover";
  private static final int WIDTH = 110;

  private final TableSheet sheet;
  private final Styles styles;
  private final Notes notes;

  CoverSheet(TableSheet sheet, Styles styles, Notes notes) {
    this.sheet = sheet;
    this.styles = styles;
    this.notes = notes;
  }

  void write(FrameworkView view) {
    Framework fw = view.framework();
    sheet.widths(WIDTH).title(title(view));
    heading("About this workbook");
    text(
        "The indicators of the outcomes framework of the "
            + fw.title()
            + ", for "
            + names(focus(fw))
            + (others(fw).isEmpty() ? "" : ", compared with " + names(others(fw)))
            + ": each indicator's latest figures, their comparison"
            + " with England and recent trend, the wards of each borough, and every figure read, with the"
            + " file and line it came from. The Contents worksheet lists the tables.");
    heading("The framework and the areas");
    fw.outcomes().forEach((n, t) -> text("Outcome " + n + ": " + t));
    fw.ambitions().forEach((n, t) -> text("Ambition " + n + ": " + t));
    text(
        "Areas reported on: "
            + codes(focus(fw))
            + "."
            + (others(fw).isEmpty() ? "" : " Compared with: " + codes(others(fw)) + "."));
    heading("Dates");
    text(
        "Data to "
            + view.dataDate().format(FrameworkSheet.DAY)
            + ": the end of the latest period in"
            + " the data.");
    text(
        "Made on " + view.asOf().format(FrameworkSheet.DAY) + ", the day its freshness is judged.");
    heading("Next update");
    text(nextUpdate(view));
    heading("Sources and licences");
    sources(view).forEach(this::text);
    text(
        "Each file read, with its origin and licence, is listed in data/real/SOURCES.md; the Figures"
            + " table names the file and line of every figure.");
    heading("Real and illustrative data");
    text(
        "Real figures are read from the files their publishers released, as they came; nothing is"
            + " filled in where a source has no figure.");
    List<String> illustrative = illustrative(view);
    if (illustrative.isEmpty()) {
      text("Every figure in this workbook is real.");
    } else {
      sheet.line(
          "Illustrative figures are synthetic, not published: every table labels them Illustrative"
              + " in its Data column and every chart drawn from them says so "
              + notes.ref(Note.ILLUSTRATIVE)
              + ". They are in: "
              + String.join("; ", illustrative)
              + ".",
          styles.warningWrapped);
    }
    heading("Shorthand and notes");
    for (Shorthand s : Shorthand.values()) {
      text(s.symbol + " " + s.meaning + ".");
    }
    text(
        "A cell without a figure holds one of these, with a note where its column's heading does not"
            + " already say why. Notes are numbered [note 1], [note 2] and so on: the Notes worksheet gives"
            + " them, with how comparisons and trends are judged.");
    heading("Contact");
    contact(fw.contact());
    sheet.finish(8, false);
  }

  static String title(FrameworkView view) {
    return "Outcomes framework: " + view.framework().title();
  }

  private void heading(String text) {
    sheet.line(text, styles.heading);
  }

  private void text(String text) {
    sheet.line(text, styles.wrapped);
  }

  private void contact(Optional<Contact> contact) {
    if (contact.isEmpty()) {
      text("framework.yaml names no contact for this workbook.");
      return;
    }
    Contact c = contact.get();
    text(c.name());
    if (!c.email().isEmpty()) {
      sheet.link("Email: " + c.email(), "mailto:" + c.email(), HyperlinkType.EMAIL);
    }
    if (!c.phone().isEmpty()) {
      text("Telephone: " + c.phone());
    }
    if (!c.website().isEmpty()) {
      sheet.link("Website: " + c.website(), c.website(), HyperlinkType.URL);
    }
  }

  /**
   * When the workbook next needs making, by the freshness rule: the earliest release expected of a
   * source that is not yet due, and which sources are already due or overdue.
   */
  static String nextUpdate(FrameworkView view) {
    Map<String, IndicatorView> byIndicator = new LinkedHashMap<>();
    view.indicators().forEach(v -> byIndicator.putIfAbsent(v.indicator().id(), v));
    List<IndicatorView> judged =
        byIndicator.values().stream().filter(v -> v.nextRelease().isPresent()).toList();
    if (judged.isEmpty()) {
      return "No indicator has real data to judge its next release from.";
    }
    Optional<IndicatorView> next =
        judged.stream()
            .filter(v -> v.nextRelease().get().status() == Status.FRESH)
            .min(Comparator.comparing((IndicatorView v) -> v.nextRelease().get().expectedBy()));
    List<String> pending =
        judged.stream()
            .filter(v -> v.nextRelease().get().status() != Status.FRESH)
            .map(v -> v.indicator().title() + " (" + v.nextRelease().get().status().label() + ")")
            .toList();
    StringBuilder b = new StringBuilder();
    if (next.isPresent()) {
      NextRelease r = next.get().nextRelease().get();
      b.append("Due by ")
          .append(r.expectedBy().format(FrameworkSheet.DAY))
          .append(", when the next release of ")
          .append(next.get().indicator().title())
          .append(
              " is expected: the earliest expected of the" + " framework's sources not yet due.");
    } else {
      b.append("Now: every source with real data has a release due or overdue.");
    }
    if (!pending.isEmpty()) {
      b.append(" Already due or overdue, so these figures are not the latest: ")
          .append(String.join("; ", pending))
          .append(
              " (the Freshness column of the Framework table says" + " when each was expected).");
    }
    return b.toString();
  }

  /**
   * Each source of real figures once, with its licence and link: the indicators' own sources (where
   * they have real data) and the other publishers their files name.
   */
  static List<String> sources(FrameworkView view) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (IndicatorView v : view.indicators()) {
      Indicator i = v.indicator();
      if (!seen.add(i.id())) {
        continue;
      }
      if (i.data().stream().anyMatch(d -> d.origin() == Origin.REAL && d.source().isEmpty())) {
        out.add(
            i.source().name()
                + (i.source().licence().isEmpty() ? "" : ": " + i.source().licence())
                + (i.source().link().isEmpty() ? "" : " (" + i.source().link() + ")"));
      }
      for (DataFile d : i.data()) {
        if (d.origin() == Origin.REAL && !d.source().isEmpty()) {
          out.add(d.source());
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The indicators with illustrative figures, each saying which: all its figures, some, or its
   * wards only (real borough figures beside synthetic wards).
   */
  static List<String> illustrative(FrameworkView view) {
    Map<String, List<IndicatorView>> byIndicator = new LinkedHashMap<>();
    view.indicators()
        .forEach(
            v -> byIndicator.computeIfAbsent(v.indicator().id(), k -> new ArrayList<>()).add(v));
    List<String> out = new ArrayList<>();
    for (List<IndicatorView> views : byIndicator.values()) {
      List<Observation> all = views.stream().flatMap(v -> v.series().stream()).toList();
      if (all.stream().allMatch(Observation::isReal)) {
        continue;
      }
      boolean headline = views.stream().anyMatch(IndicatorView::figuresIllustrative);
      boolean every = all.stream().noneMatch(Observation::isReal);
      String which =
          every
              ? "all its figures"
              : headline
                  ? "some of its figures"
                  : "its ward figures; the borough, London and England figures are real";
      out.add(views.get(0).indicator().title() + " (" + which + ")");
    }
    return out;
  }

  private static List<Area> focus(Framework fw) {
    return fw.focusAreas().stream().map(c -> fw.area(c).orElse(new Area(c, c, "", ""))).toList();
  }

  private static List<Area> others(Framework fw) {
    return fw.areas().stream().filter(a -> !fw.focusAreas().contains(a.code())).toList();
  }

  private static String names(List<Area> areas) {
    List<String> n = areas.stream().map(Area::name).toList();
    return n.size() <= 1
        ? String.join("", n)
        : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
  }

  private static String codes(List<Area> areas) {
    return String.join(", ", areas.stream().map(a -> a.name() + " (" + a.code() + ")").toList());
  }
}
