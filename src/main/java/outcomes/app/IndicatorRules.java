package outcomes.app;

import java.util.Map;
import java.util.Optional;
import outcomes.model.OutcomesException;
import outcomes.model.Polarity;
import outcomes.model.ValueType;

/**
 * How each indicator of an extract is judged: its polarity and value type, given for every
 * indicator, per indicator id ({@code --polarity 93283=high-is-good}), or from a catalogue's
 * indicator files by their Fingertips id. A judgement is never made with a polarity guessed.
 *
 * @param polarity for every indicator not named in {@code polarities}
 * @param valueType for every indicator not named in {@code valueTypes}; empty: tested on limits
 */
public record IndicatorRules(
    Optional<Polarity> polarity,
    Map<String, Polarity> polarities,
    Optional<ValueType> valueType,
    Map<String, ValueType> valueTypes) {
  public IndicatorRules {
    polarities = Map.copyOf(polarities);
    valueTypes = Map.copyOf(valueTypes);
  }

  /** One polarity and value type for every indicator. */
  public static IndicatorRules of(Polarity polarity, Optional<ValueType> valueType) {
    return new IndicatorRules(Optional.of(polarity), Map.of(), valueType, Map.of());
  }

  /** The indicator's polarity, or a usage error saying how to give it. */
  public Polarity polarity(String indicatorId) {
    Polarity p = polarities.get(indicatorId);
    if (p != null) {
      return p;
    }
    return polarity.orElseThrow(
        () ->
            OutcomesException.usage(
                "--polarity",
                "no polarity for"
                    + " indicator "
                    + indicatorId
                    + ": give --polarity "
                    + indicatorId
                    + "=low-is-good (or"
                    + " high-is-good, no-judgement), or --indicators with a catalogue that has it"));
  }

  public Optional<ValueType> valueType(String indicatorId) {
    ValueType t = valueTypes.get(indicatorId);
    return t != null ? Optional.of(t) : valueType;
  }
}
