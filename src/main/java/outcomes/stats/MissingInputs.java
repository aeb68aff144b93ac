package outcomes.stats;

import java.util.OptionalDouble;

/** The note for an estimate that cannot be made because its inputs are missing (R's NA in). */
final class MissingInputs {
  private MissingInputs() {}

  /** Empty when both are present, else which of numerator and denominator is missing. */
  static String describe(OptionalDouble numerator, OptionalDouble denominator) {
    if (numerator.isEmpty() && denominator.isEmpty()) {
      return "numerator and denominator missing";
    }
    if (numerator.isEmpty()) {
      return "numerator missing";
    }
    return denominator.isEmpty() ? "denominator missing" : "";
  }
}
