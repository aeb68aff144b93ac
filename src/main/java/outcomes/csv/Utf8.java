package outcomes.csv;

/**
 * Checks bytes are well-formed UTF-8 exactly as the JDK's decoder judges them: no stray
 * continuation bytes, no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off
 * sequences.
 */
final class Utf8 {
  private Utf8() {}

  /** The index of the first byte that starts a malformed sequence in b[from, to), or -1. */
  static int firstInvalid(byte[] b, int from, int to) {
    int p = from;
    while (p < to) {
      int x = b[p];
      if (x >= 0) {
        p++;
        continue;
      }
      int n = sequenceLength(x);
      if (n == 0 || p + n > to || !continues(b, p, n)) {
        return p;
      }
      p += n;
    }
    return -1;
  }

  /** How many bytes a sequence starting with this byte takes; 1 for ASCII, 0 for a bad lead. */
  static int sequenceLength(int lead) {
    int x = lead & 0xFF;
    if (x < 0x80) {
      return 1;
    }
    if (x >= 0xC2 && x <= 0xDF) {
      return 2;
    }
    if (x >= 0xE0 && x <= 0xEF) {
      return 3;
    }
    if (x >= 0xF0 && x <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static boolean continues(byte[] b, int p, int n) {
    int lead = b[p] & 0xFF;
    int second = b[p + 1] & 0xFF;
    int lo = 0x80;
    int hi = 0xBF;
    if (lead == 0xE0) {
      lo = 0xA0; // overlong
    } else if (lead == 0xED) {
      hi = 0x9F; // surrogates
    } else if (lead == 0xF0) {
      lo = 0x90; // overlong
    } else if (lead == 0xF4) {
      hi = 0x8F; // above U+10FFFF
    }
    if (second < lo || second > hi) {
      return false;
    }
    for (int i = 2; i < n; i++) {
      if ((b[p + i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
