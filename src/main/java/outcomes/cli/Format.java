package outcomes.cli;

/** Output formats; each command writes some of them ({@link FormatOption#among}). */
enum Format {
  text,
  json,
  csv,
  /** JUnit XML, which CI systems show as test results (freshness). */
  junit
}
