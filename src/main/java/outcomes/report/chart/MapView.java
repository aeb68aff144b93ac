package outcomes.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import outcomes.geo.Ring;
import outcomes.model.Comparison;
import outcomes.model.Interval;
import outcomes.model.Polarity;
import outcomes.model.Rounding;
import outcomes.model.Unit;
import outcomes.report.Figures;

/**
 * A borough's wards on a map, one boundary set: each ward shaded by its comparison with the borough
 * (Fingertips' colours, where the figures have limits) or by a class of a sequential palette,
 * numbered with a key giving its name and figure, under the borough's outline. A ward with a figure
 * but no boundary is listed under the map ({@code notMapped}), never dropped.
 *
 * @param boundarySet the set the wards belong to, as the ward lookups name it
 * @param boundaries who made the boundaries, on what licence: the attribution under the map
 * @param notMapped the wards with a figure and no boundary, "Name (code)", for the caption
 */
public record MapView(
    ChartText text,
    Unit unit,
    String borough,
    String boundarySet,
    String boundaries,
    Shading shading,
    List<Ward> wards,
    List<String> notMapped) {

  /** One ward: its boundary and its figure, if it has one. */
  public record Ward(
      String code,
      String name,
      List<Ring> rings,
      OptionalDouble value,
      Optional<Interval> ci95,
      Comparison comparison) {
    public Ward {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      rings = List.copyOf(rings);
      if (rings.isEmpty()) {
        throw new IllegalArgumentException(name + ": a ward on a map needs its boundary");
      }
      value = value == null ? OptionalDouble.empty() : value;
      ci95 = ci95 == null ? Optional.empty() : ci95;
      Objects.requireNonNull(comparison, "comparison");
      if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
        throw new IllegalArgumentException("the value for " + name + " must be a finite number");
      }
    }
  }

  /** How wards are shaded, with the words and colours of the legend. */
  public sealed interface Shading permits ByComparison, ByClasses {
    /** The ward's fill; a ward without a figure is white whatever the shading. */
    Color fill(Ward w);

    /**
     * The comparison whose marker a ward's number stands in on the map and its key, so colour is
     * never the only cue; empty where the shading has no comparisons (a plain circle, a plain
     * swatch).
     */
    Optional<Comparison> marker(Ward w);

    /** What the legend says, in order. */
    List<Key> keys(List<Ward> wards);

    /** The words after a ward's figure in its SVG title ("similar to Westminster"), or "". */
    String judgement(Ward w);
  }

  /** A legend entry: its words, its colour and the marker drawn on it, if any. */
  public record Key(String label, Color colour, Optional<Comparison> marker) {}

  /** The colour of a ward that has a boundary and no figure. */
  static final Color NO_FIGURE = Color.WHITE;

  /**
   * Each ward's comparison with the borough, in Fingertips' colours, and the marker shape each
   * comparison has on the other charts, so that colour is never the only cue.
   */
  public record ByComparison(String borough, Polarity polarity) implements Shading {
    public ByComparison {
      Objects.requireNonNull(borough, "borough");
      Objects.requireNonNull(polarity, "polarity");
    }

    @Override
    public Color fill(Ward w) {
      return w.value().isEmpty() ? NO_FIGURE : ChartStyle.colour(w.comparison());
    }

    @Override
    public Optional<Comparison> marker(Ward w) {
      return w.value().isPresent() ? Optional.of(w.comparison()) : Optional.empty();
    }

    @Override
    public List<Key> keys(List<Ward> wards) {
      List<Comparison> order =
          polarity == Polarity.NO_JUDGEMENT
              ? List.of(Comparison.HIGHER, Comparison.SIMILAR, Comparison.LOWER)
              : List.of(Comparison.BETTER, Comparison.SIMILAR, Comparison.WORSE);
      List<Key> keys = new ArrayList<>();
      for (Comparison c : order) {
        keys.add(
            new Key(ComparedWith.words(c, borough, true), ChartStyle.colour(c), Optional.of(c)));
      }
      for (Comparison c : Comparison.values()) {
        if (!order.contains(c)
            && wards.stream().anyMatch(w -> w.value().isPresent() && w.comparison() == c)) {
          keys.add(
              new Key(ComparedWith.words(c, borough, true), ChartStyle.colour(c), Optional.of(c)));
        }
      }
      return keys;
    }

    @Override
    public String judgement(Ward w) {
      return ComparedWith.words(w.comparison(), borough, false);
    }
  }

  /**
   * Classes of a colour-blind-safe sequential palette (viridis: light for the lowest class, dark
   * for the highest), for figures without limits. Each class runs from its lower break up to below
   * the next, on the figure as published (its decimals), the last including its upper break.
   *
   * @param breaks the class breaks, rising: one more than the classes
   */
  public record ByClasses(List<Double> breaks, Unit unit) implements Shading {
    public ByClasses {
      breaks = List.copyOf(breaks);
      Objects.requireNonNull(unit, "unit");
      if (breaks.size() < 2 || breaks.size() - 1 > Viridis.MAX_CLASSES) {
        throw new IllegalArgumentException("a map has 1 to " + Viridis.MAX_CLASSES + " classes");
      }
      for (int i = 1; i < breaks.size(); i++) {
        if (!(breaks.get(i) > breaks.get(i - 1))) {
          throw new IllegalArgumentException("class breaks must rise: " + breaks);
        }
      }
    }

    int classes() {
      return breaks.size() - 1;
    }

    /** The class of a figure as published, the lowest 0. */
    int classOf(double value) {
      double v = Rounding.rounded(value, unit.decimals());
      for (int k = classes() - 1; k > 0; k--) {
        if (v >= breaks.get(k)) {
          return k;
        }
      }
      return 0;
    }

    @Override
    public Color fill(Ward w) {
      return w.value().isEmpty()
          ? NO_FIGURE
          : Viridis.colour(classOf(w.value().getAsDouble()), classes());
    }

    @Override
    public Optional<Comparison> marker(Ward w) {
      return Optional.empty();
    }

    /** "10.0 to 19.9%": each class as published figures fall in it; the last up to its break. */
    @Override
    public List<Key> keys(List<Ward> wards) {
      List<Key> keys = new ArrayList<>();
      int d = unit.decimals();
      double step = Math.pow(10, -d);
      for (int k = 0; k < classes(); k++) {
        double upper = k == classes() - 1 ? breaks.get(k + 1) : breaks.get(k + 1) - step;
        String label = Figures.number(breaks.get(k), d) + " to " + Figures.withUnit(upper, unit);
        keys.add(new Key(label, Viridis.colour(k, classes()), Optional.empty()));
      }
      return keys;
    }

    @Override
    public String judgement(Ward w) {
      return "";
    }
  }

  /** Classes with round breaks spanning these figures (both boroughs', so their maps compare). */
  public static ByClasses classesOver(List<Double> values, Unit unit) {
    return new ByClasses(ClassBreaks.pretty(values, unit.decimals()), unit);
  }

  public MapView {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(borough, "borough");
    boundarySet = boundarySet == null ? "" : boundarySet.strip();
    boundaries = boundaries == null ? "" : boundaries.strip();
    Objects.requireNonNull(shading, "shading");
    wards = List.copyOf(wards);
    notMapped = List.copyOf(notMapped);
  }
}
