package outcomes.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every ward boundary the framework has, by ward code: one boundary a code. A map takes the
 * boundaries of one borough's wards in one boundary set, so a figure is drawn only on the
 * boundaries of its own set.
 */
public final class WardBoundaries {
  public static final WardBoundaries NONE = new WardBoundaries(List.of());

  private final Map<String, WardShape> byCode = new TreeMap<>();

  public WardBoundaries(List<WardShape> shapes) {
    for (WardShape s : shapes) {
      if (byCode.putIfAbsent(s.code(), s) != null) {
        throw new IllegalArgumentException("the ward " + s.code() + " has two boundaries");
      }
    }
  }

  public Optional<WardShape> of(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The boundaries of a borough's wards in one boundary set, in code order (the map's own). */
  public List<WardShape> of(String boroughCode, String boundarySet) {
    List<WardShape> out = new ArrayList<>();
    for (WardShape s : byCode.values()) {
      if (s.ward().parentCode().equals(boroughCode) && s.ward().boundarySet().equals(boundarySet)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every boundary, in code order. */
  public List<WardShape> all() {
    return List.copyOf(byCode.values());
  }

  public boolean isEmpty() {
    return byCode.isEmpty();
  }
}
