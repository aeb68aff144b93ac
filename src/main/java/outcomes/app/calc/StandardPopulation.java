package outcomes.app.calc;

import java.nio.file.Path;

/** Where a directly standardised rate takes its standard population from. */
public sealed interface StandardPopulation {
  /** The European Standard Population 2013, 19 bands 0-4 … 90+, matched by start age. */
  record Esp2013() implements StandardPopulation {}

  /** A column of the input that holds each row's standard population. */
  record InColumn(String name) implements StandardPopulation {}

  /**
   * A CSV file with a header: its first column is the band (a start age or a label such as 0-4),
   * its second the standard population. Matched to the input by start age.
   */
  record FromFile(Path file) implements StandardPopulation {}
}
