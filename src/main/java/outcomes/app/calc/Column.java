package outcomes.app.calc;

/**
 * An input column that an option names.
 *
 * @param name its name in the header
 * @param index its 0-based position
 * @param option the option that named it, such as --count
 */
record Column(String name, int index, String option) {
  /** Its 1-based field number, as a spreadsheet and a Location count. */
  int number() {
    return index + 1;
  }
}
