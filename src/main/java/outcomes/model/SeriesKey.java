package outcomes.model;

/**
 * What identifies a time series: indicator, area and its boundary set, sex, age and category. The
 * boundary set is part of the key so that no series joins values across ward boundary sets.
 */
public record SeriesKey(
    String indicatorId, String areaCode, String boundarySet, Sex sex, Age age, Category category) {}
