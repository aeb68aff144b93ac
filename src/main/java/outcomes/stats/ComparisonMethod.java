package outcomes.stats;

import java.util.Locale;
import outcomes.model.Observation;
import outcomes.model.Polarity;

/**
 * The Fingertips comparator methods (methods.md §2), with Fingertips' own method numbers so an
 * analyst can match them to an indicator's metadata.
 */
public enum ComparisonMethod {
  /** 1: the benchmark value inside the area's 95% interval is similar. The Fingertips default. */
  CI_OVERLAP("ci-overlap", 1) {
    @Override
    Judgement judge(Observation area, Observation benchmark, Polarity polarity) {
      return Benchmarking.ciOverlap(area, benchmark, polarity);
    }
  },
  /** 17: as 1, and a difference outside the 99.8% interval is labelled at that level. */
  TWO_LEVEL("two-level", 17) {
    @Override
    Judgement judge(Observation area, Observation benchmark, Polarity polarity) {
      return Benchmarking.twoLevel(area, benchmark, polarity);
    }
  },
  /** 12: the area's and the benchmark's 95% intervals overlapping is similar. */
  DOUBLE_OVERLAP("double-overlap", 12) {
    @Override
    Judgement judge(Observation area, Observation benchmark, Polarity polarity) {
      return Benchmarking.doubleOverlap(area, benchmark, polarity);
    }
  },
  /** 5: the area's proportion against control limits around the benchmark proportion. */
  SPC_PROPORTION("spc-proportion", 5) {
    @Override
    Judgement judge(Observation area, Observation benchmark, Polarity polarity) {
      return Benchmarking.spcProportion(area, benchmark, polarity);
    }
  },
  /** 15: the quintile of the area's value among all areas of its type. */
  QUINTILES("quintiles", 15) {
    @Override
    Judgement judge(Observation area, Observation benchmark, Polarity polarity) {
      throw new IllegalArgumentException(
          "quintiles compare all areas at once: use Benchmarking.quintiles");
    }
  },
  /** -1: no comparison. */
  NONE("none", -1) {
    @Override
    Judgement judge(Observation area, Observation benchmark, Polarity polarity) {
      return Judgement.NOT_COMPARED;
    }
  };

  private final String label;
  private final int fingertipsId;

  ComparisonMethod(String label, int fingertipsId) {
    this.label = label;
    this.fingertipsId = fingertipsId;
  }

  /** The area's figure against the benchmark's; both have a value. */
  abstract Judgement judge(Observation area, Observation benchmark, Polarity polarity);

  public String label() {
    return label;
  }

  public int fingertipsId() {
    return fingertipsId;
  }

  /** Accepts the label or Fingertips' method number. */
  public static ComparisonMethod parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ComparisonMethod m : values()) {
      if (m.label.equals(t) || String.valueOf(m.fingertipsId).equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown comparison method '" + text + "': use " + labels());
  }

  public static String labels() {
    StringBuilder b = new StringBuilder();
    for (ComparisonMethod m : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(m.label);
    }
    return b.toString();
  }
}
