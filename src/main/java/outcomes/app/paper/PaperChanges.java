package outcomes.app.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import outcomes.model.Comparison;
import outcomes.report.Figures;
import outcomes.report.PaperView.Block;
import outcomes.report.PaperView.Bullet;
import outcomes.report.PaperView.Para;
import outcomes.report.PaperView.Words;

/**
 * What changed since the previous paper, from two snapshots' states: indicators with new periods,
 * borough comparisons with England that moved, and reported gaps that widened or narrowed.
 */
final class PaperChanges {
  private PaperChanges() {}

  static List<Block> between(PaperSnapshot.State before, PaperSnapshot.State now) {
    if (before == null) {
      return List.of(
          para(
              "There is no previous paper to compare with: this is the first paper made in"
                  + " this folder. The next paper will list the new periods, the comparisons with England that"
                  + " moved and the gaps that widened or narrowed."));
    }
    List<String> changes = new ArrayList<>();
    indicators(before, now, changes);
    gaps(before, now, changes);
    String since =
        "the previous paper (data to " + Figures.date(LocalDate.parse(before.dataDate())) + ")";
    if (changes.isEmpty()) {
      return List.of(
          para(
              "Nothing in the framework, or in the gaps this paper reports, has changed since "
                  + since
                  + "."));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(para("Since " + since + ":"));
    changes.forEach(c -> blocks.add(new Bullet(List.of(Words.of(c)))));
    return blocks;
  }

  private static Para para(String s) {
    return new Para(List.of(Words.of(s)));
  }

  private static void indicators(
      PaperSnapshot.State before, PaperSnapshot.State now, List<String> out) {
    for (Map.Entry<String, PaperSnapshot.IndicatorState> e : now.indicators().entrySet()) {
      PaperSnapshot.IndicatorState was = before.indicators().get(e.getKey());
      PaperSnapshot.IndicatorState is = e.getValue();
      if (was == null) {
        out.add(
            is.label()
                + ": in the paper for the first time"
                + (is.latest() == null ? "." : ", with figures for " + is.latest() + "."));
        continue;
      }
      if (!Objects.equals(was.latest(), is.latest()) && is.latest() != null) {
        out.add(
            is.label()
                + ": new figures for "
                + is.latest()
                + (was.latest() == null ? "." : " (the previous paper had " + was.latest() + ")."));
      }
      is.areas()
          .forEach(
              (code, f) -> {
                PaperSnapshot.Figure old = was.areas().get(code);
                if (old != null && !old.comparison().equals(f.comparison())) {
                  out.add(
                      is.label()
                          + ", "
                          + f.name()
                          + ": now "
                          + compared(f.comparison())
                          + " (was "
                          + compared(old.comparison())
                          + ").");
                }
              });
    }
    before
        .indicators()
        .forEach(
            (key, was) -> {
              if (!now.indicators().containsKey(key)) {
                out.add(was.label() + ": no longer in the paper.");
              }
            });
  }

  private static String compared(String label) {
    return PaperFigures.compared(Comparison.fromLabel(label));
  }

  private static void gaps(PaperSnapshot.State before, PaperSnapshot.State now, List<String> out) {
    now.gaps()
        .forEach(
            (key, g) -> {
              PaperSnapshot.GapState was = before.gaps().get(key);
              String what =
                  "The gap in "
                      + Figures.lowerFirst(g.label())
                      + " between "
                      + g.areaA()
                      + " and "
                      + g.areaB();
              if (was == null) {
                out.add(
                    what
                        + " is reported for the first time: "
                        + size(g)
                        + " ("
                        + g.period()
                        + ").");
                return;
              }
              String from = size(was);
              String to = size(g);
              double wasSize =
                  Double.parseDouble(
                      Figures.number(Math.abs(was.gap()), g.decimals()).replace(",", ""));
              double isSize =
                  Double.parseDouble(
                      Figures.number(Math.abs(g.gap()), g.decimals()).replace(",", ""));
              boolean sameSide =
                  Math.signum(was.gap()) == Math.signum(g.gap()) || wasSize == 0 || isSize == 0;
              if (!sameSide) {
                out.add(
                    what
                        + " has reversed: from "
                        + from
                        + " ("
                        + was.period()
                        + ") to "
                        + to
                        + " the other way ("
                        + g.period()
                        + ").");
              } else if (isSize > wasSize) {
                out.add(
                    what
                        + " widened from "
                        + from
                        + " ("
                        + was.period()
                        + ") to "
                        + to
                        + " ("
                        + g.period()
                        + ").");
              } else if (isSize < wasSize) {
                out.add(
                    what
                        + " narrowed from "
                        + from
                        + " ("
                        + was.period()
                        + ") to "
                        + to
                        + " ("
                        + g.period()
                        + ").");
              } else if (!was.period().equals(g.period())) {
                out.add(
                    what
                        + " is unchanged at "
                        + to
                        + " ("
                        + was.period()
                        + " and "
                        + g.period()
                        + ").");
              }
            });
  }

  private static String size(PaperSnapshot.GapState g) {
    String n = Figures.number(Math.abs(g.gap()), g.decimals());
    return g.unit().equals("%")
        ? n + " percentage points"
        : g.unit().isEmpty() ? n : n + " " + g.unit();
  }
}
