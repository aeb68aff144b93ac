package outcomes.csv;

import java.io.IOException;
import java.io.InputStream;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/** The first bytes of a file: a UTF-8 byte-order mark is dropped, UTF-16 text is turned away. */
final class Bom {
  private Bom() {}

  /** Reads up to three bytes; fails for UTF-16 text, which would otherwise read as noise. */
  static byte[] read(InputStream in, String file) throws IOException {
    byte[] head = in.readNBytes(3);
    check(head, head.length, file);
    return head;
  }

  static void check(byte[] b, int n, String file) {
    if (n >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      throw OutcomesException.badInput(
          Location.of(file), "the file is UTF-16 text: save it as UTF-8 (CSV UTF-8 in Excel)");
    }
  }

  static boolean isUtf8(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}
