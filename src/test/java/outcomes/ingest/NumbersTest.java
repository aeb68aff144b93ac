package outcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading a number from bytes gives exactly what reading it from text gives, bit for bit. */
class NumbersTest {
  @Test
  void readsBytesAsTheTextReaderDoes() {
    Random rnd = new Random(3);
    String alphabet = "0123456789.eE+-x ";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(
            k < 2 || rnd.nextInt(4) > 0
                ? alphabet.charAt(rnd.nextInt(11))
                : alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      same(b.toString().strip());
    }
    for (int i = 0; i < 200_000; i++) {
      same(Double.toString(rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20)));
      same(
          String.format(
              java.util.Locale.ROOT, "%." + rnd.nextInt(18) + "f", rnd.nextGaussian() * 100));
    }
    for (String s :
        new String[] {
          "5.",
          ".5",
          ".",
          "-",
          "+.5",
          "-0",
          "-0.0",
          "1e",
          "1e+",
          "1e999",
          "1e-999",
          "1e308",
          "9007199254740993",
          "123456789012345678901234567890",
          "0.000000000000000000000001",
          "1E22",
          "1e23",
          "4.9e-324",
          "",
          "1,5",
          "NaN",
          "Infinity",
          "0x10"
        }) {
      same(s);
    }
  }

  private static void same(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    assertEquals(
        Double.doubleToRawLongBits(Numbers.parse(s)),
        Double.doubleToRawLongBits(Numbers.parse(bytes, 0, bytes.length)),
        () -> "'" + s + "'");
  }
}
