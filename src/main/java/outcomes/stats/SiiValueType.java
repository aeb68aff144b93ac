package outcomes.stats;

/**
 * What the SII's values are, which sets the scale on which their errors are taken as normal. The
 * codes are those of PHEindicatormethods' {@code value_type}.
 */
public enum SiiValueType {
  /** Any other indicator (such as life expectancy): the identity scale. */
  NORMAL(0) {
    @Override
    double toScale(double value) {
      return value;
    }

    @Override
    double fromScale(double y) {
      return y;
    }
  },
  /** A rate: the log scale. */
  RATE(1) {
    @Override
    double toScale(double value) {
      return Math.log(value);
    }

    @Override
    double fromScale(double y) {
      return Math.exp(y);
    }
  },
  /** A proportion between 0 and 1: the logit scale. */
  PROPORTION(2) {
    @Override
    double toScale(double value) {
      return Math.log(value / (1 - value));
    }

    @Override
    double fromScale(double y) {
      return 1 / (1 + Math.exp(-y));
    }
  };

  private final int code;

  SiiValueType(int code) {
    this.code = code;
  }

  /** The {@code value_type} code: 0, 1 or 2. */
  public int code() {
    return code;
  }

  /** The type with this {@code value_type} code. */
  public static SiiValueType ofCode(int code) {
    for (SiiValueType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new IllegalArgumentException("value type " + code + " must be 0, 1 or 2");
  }

  abstract double toScale(double value);

  abstract double fromScale(double y);

  /** Whether a value can be put on this scale: positive for rates, in (0, 1) for proportions. */
  boolean accepts(double value) {
    return Double.isFinite(toScale(value));
  }
}
