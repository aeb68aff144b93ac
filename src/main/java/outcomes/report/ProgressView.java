package outcomes.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import outcomes.model.Indicator;
import outcomes.model.Sex;
import outcomes.stats.GapChange;
import outcomes.stats.Progress;

/**
 * Progress since the strategy's baseline, as every output shows it (the command's text, JSON and
 * CSV, the workbook's framework table, the paper's tables and sentences): one item per indicator,
 * sex and focus area, and the strategy's headline ward gaps. Renderer-independent: the numbers are
 * the stats core's, unrounded; each output rounds them with {@link outcomes.model.Rounding}.
 *
 * @param asOf the day freshness is judged on, so a stale latest figure is never called the latest
 * @param baselineDate framework.yaml's baseline-date, when it has one
 */
public record ProgressView(
    LocalDate asOf, Optional<LocalDate> baselineDate, List<Item> items, List<WardGap> wardGaps) {

  public ProgressView {
    Objects.requireNonNull(asOf, "asOf");
    items = List.copyOf(items);
    wardGaps = List.copyOf(wardGaps);
  }

  /**
   * One indicator's progress for one sex in one focus area.
   *
   * @param stale whether the indicator's data are stale as of the view's day: its latest figure is
   *     then "the most recent in the data", never "the latest"
   * @param freshness the freshness status and its reason, as `outcomes freshness` gives them
   */
  public record Item(Progress progress, boolean stale, String freshness) {
    public Item {
      Objects.requireNonNull(progress, "progress");
      freshness = freshness == null ? "" : freshness;
    }

    public Indicator indicator() {
      return progress.indicator();
    }

    public Sex sex() {
      return progress.sex();
    }
  }

  /** One of the strategy's headline ward inequalities since the baseline. */
  public record WardGap(Indicator indicator, Sex sex, GapChange change) {}

  /** The item of one indicator, sex and area, as the framework table's row looks it up. */
  public Optional<Item> item(String indicatorId, Sex sex, String areaCode) {
    return items.stream()
        .filter(
            i ->
                i.indicator().id().equals(indicatorId)
                    && i.sex() == sex
                    && i.progress().area().code().equals(areaCode))
        .findFirst();
  }

  /** The baseline period of an indicator for one sex, for a trend chart to mark. */
  public Optional<outcomes.model.TimePeriod> baselinePeriod(String indicatorId, Sex sex) {
    return items.stream()
        .filter(i -> i.indicator().id().equals(indicatorId) && i.sex() == sex)
        .findFirst()
        .flatMap(i -> i.progress().baseline().period());
  }

  /** The items of one outcome of the strategy, in the order given. */
  public List<Item> outcome(int outcome) {
    return items.stream().filter(i -> i.indicator().outcome() == outcome).toList();
  }

  /** True when any figure behind the view is illustrative, so the output must say so. */
  public boolean illustrative() {
    return items.stream().anyMatch(i -> !i.progress().real())
        || wardGaps.stream().anyMatch(g -> !g.change().real());
  }
}
