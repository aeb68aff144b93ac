package outcomes.model;

import java.util.List;

/**
 * Which areas a data entry keeps, by code: the areas listed, and the areas within the listed
 * parents (the wards of a borough, by the row's parent code or else the ward lookup's). Matching on
 * codes, never names, keeps "Westminster, City of" and "Westminster" the same place.
 */
public record AreaFilter(List<String> codes, List<String> within) {
  public static final AreaFilter ALL = new AreaFilter(List.of(), List.of());

  public AreaFilter {
    codes = List.copyOf(codes);
    within = List.copyOf(within);
  }

  public boolean keepsAll() {
    return codes.isEmpty() && within.isEmpty();
  }

  public boolean keeps(Area area) {
    return keepsAll() || codes.contains(area.code()) || within.contains(area.parentCode());
  }
}
