package outcomes.model;

/** What identifies a time series: indicator, area, sex, age and category. */
public record SeriesKey(String indicatorId, String areaCode, Sex sex, Age age, Category category) {}
