package outcomes.app.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "-0.0, 0",
    "5, 5",
    "895, 895",
    "100000, 100000",
    "1e7, 10000000",
    "1.5e20, 150000000000000000000",
    "0.05, 0.05",
    "1e-5, 0.00001",
    "1.2e-7, 0.00000012",
    "-266.74198029277267, -266.74198029277267",
    "0.30000000000000004, 0.30000000000000004",
    "1043.0247991469423, 1043.0247991469423",
    "0.0017674320641406511, 0.0017674320641406511",
    "2.0E-3, 0.002",
  })
  void writesTheShortestExactDecimalWithoutAnExponent(double x, String expected) {
    assertEquals(expected, NumberText.of(x));
  }

  /** Every double reads back exactly, in at most 17 significant digits and no exponent. */
  @Test
  void everyNumberReadsBackAsItself() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 100_000; i++) {
      double x = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(x) || Math.abs(x) > 1e30 || (x != 0 && Math.abs(x) < 1e-30)) {
        x = random.nextDouble() * Math.pow(10, random.nextInt(-12, 13));
      }
      String text = NumberText.of(x);
      assertEquals(x == 0 ? 0 : x, Double.parseDouble(text), text);
      assertTrue(text.matches("-?\\d+(\\.\\d*[1-9])?"), text);
      String significant =
          text.replaceAll("[-.]", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
      assertTrue(significant.length() <= 17, text);
    }
  }

  @Test
  void isNeverLongerThanJavasOwnShortestDigits() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      double x = random.nextDouble() * 1000;
      String mine = NumberText.of(x).replaceFirst("^0\\.0*", "").replace(".", "");
      String java = new java.math.BigDecimal(Double.toString(x)).unscaledValue().toString();
      assertTrue(mine.length() <= java.length(), x + ": " + mine + " vs " + java);
    }
  }

  @Test
  void refusesNaNAndInfinity() {
    assertThrows(IllegalArgumentException.class, () -> NumberText.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> NumberText.of(Double.POSITIVE_INFINITY));
  }
}
