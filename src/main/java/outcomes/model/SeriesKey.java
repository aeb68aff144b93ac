package outcomes.model;

/**
 * What identifies a time series: indicator, area and its boundary set, sex, age and category. The
 * boundary set is part of the key so that no series joins values across ward boundary sets.
 */
public record SeriesKey(
    String indicatorId, String areaCode, String boundarySet, Sex sex, Age age, Category category) {
  /*
   * equals and hashCode are written out, over the components' own text, because every observation
   * read is looked up by its key while the JVM is still cold: a record's are built from method
   * handles (and Age's and Category's too), which took a tenth of `outcomes gap`'s time when run as
   * the launcher runs it (C1 only), where plain code takes next to none. No output's order rests on
   * these hashes (Sex's, an enum's identity, differed from run to run).
   */
  public SeriesKey {
    java.util.Objects.requireNonNull(indicatorId, "indicatorId");
    java.util.Objects.requireNonNull(areaCode, "areaCode");
    java.util.Objects.requireNonNull(boundarySet, "boundarySet");
    java.util.Objects.requireNonNull(sex, "sex");
    java.util.Objects.requireNonNull(age, "age");
    java.util.Objects.requireNonNull(category, "category");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesKey k
        && indicatorId.equals(k.indicatorId)
        && areaCode.equals(k.areaCode)
        && boundarySet.equals(k.boundarySet)
        && sex == k.sex
        && age.label().equals(k.age.label())
        && category.type().equals(k.category.type())
        && category.name().equals(k.category.name());
  }

  @Override
  public int hashCode() {
    int h = indicatorId.hashCode();
    h = 31 * h + areaCode.hashCode();
    h = 31 * h + boundarySet.hashCode();
    h = 31 * h + sex.ordinal();
    h = 31 * h + age.label().hashCode();
    h = 31 * h + category.type().hashCode();
    return 31 * h + category.name().hashCode();
  }
}
