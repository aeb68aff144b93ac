package outcomes.stats;

/** How a ratio funnel's limits are expressed. */
public enum RatioType {
  /** As O/E − 1: 0 is as expected. */
  COUNT,
  /** As O/E times the multiplier (usually 100): the multiplier is as expected. */
  ISR
}
