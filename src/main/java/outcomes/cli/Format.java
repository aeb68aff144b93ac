package outcomes.cli;

/** Output formats a command can write. */
enum Format {
  text,
  json,
  csv
}
