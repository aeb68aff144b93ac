package outcomes.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner reads every text as Commons CSV's RFC 4180 format (empty lines ignored) did: the
 * same records, the same cells, the same line count after each record, and an error where Commons
 * CSV failed. Texts are made from a fixed seed, with quoted commas, quotes and line breaks, CRLF,
 * LF and lone CR, empty lines, whitespace after a closing quote, text that is not ASCII, and broken
 * quoting; each is fed in windows of random size so that records straddle refills.
 */
class CsvScannerTest {
  private static final CSVFormat COMMONS =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final String[] PIECES = {
    "a", "b", "Ward", " ", "\t", ",", "\"", "\r", "\n", "\r\n", "é", "€", "😀", "\u2003", "\u00a0",
    "1.5", "-", "x y"
  };

  @Test
  void readsRandomTextsAsCommonsCsvDid() throws Exception {
    Random rnd = new Random(20240607);
    int errors = 0;
    for (int i = 0; i < 3000; i++) {
      String text = text(rnd, i % 5 == 0);
      errors += compare(text, rnd) ? 0 : 1;
    }
    assertTrue(
        errors > 50 && errors < 2500, "both well-formed and broken texts were tried: " + errors);
  }

  @Test
  void readsTheEdgeCasesAsCommonsCsvDid() throws Exception {
    String[] cases = {
      "",
      "\n",
      "\r\n\r\n",
      "a",
      "a,",
      "a,\n",
      ",",
      "\"\"",
      "\"a\"\"b\"",
      "\"a\" ,b\n",
      "\"a\"\u2003,b",
      "\"a\"\u00a0,b",
      "\"a\"x",
      "\"a",
      "a\"b,c",
      " \"a\",b",
      "a\rb\r\nc\nd",
      "\"x\r\ny\"\r\n\r\nz",
      "a,b\r",
      "a,\"\"\r\n,",
      "\"a\"\t\r\n",
      "\"\n\",\"\r\"\n"
    };
    Random rnd = new Random(7);
    for (String c : cases) {
      for (int k = 0; k < 20; k++) {
        compare(c, rnd);
      }
    }
  }

  /**
   * Records that repeat the first cells of the one before, as an extract's rows do, are read partly
   * from that one's cells: the readings must not differ, however the repeated part ends (inside a
   * quoted cell, at a doubled quote, just before a comma, at the end of the window).
   */
  @Test
  void readsRecordsThatRepeatTheFirstCellsOfTheOneBefore() throws Exception {
    Random rnd = new Random(20261123);
    int errors = 0;
    for (int i = 0; i < 3000; i++) {
      errors += compare(runOfRecords(rnd, i % 5 == 0), rnd) ? 0 : 1;
    }
    assertTrue(
        errors > 20 && errors < 2500, "both well-formed and broken texts were tried: " + errors);
  }

  /** What {@link CsvScanner#sameCells} claims holds: those cells are the last record's, as text. */
  @Test
  void countsTheCellsARecordSharesWithTheOneBefore() {
    byte[] b =
        ("90366,\"St. Mary's, \"\"Old\"\"\",Male,2010,79.7\n"
                + "90366,\"St. Mary's, \"\"Old\"\"\",Male,2011,80.1\n"
                + "90366,\"St. Mary's, \"\"Old\"\"\",Female,2011,83.0\n"
                + "90367,\"St. Mary's, \"\"Old\"\"\",Female,2011,83.0\n")
            .getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner();
    List<Integer> same = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int p = 0, r; (r = s.scan(b, p, b.length, true)) >= 0; p = r) {
      same.add(s.sameCells);
      rows.add(Arrays.asList(s.texts(b)));
    }
    assertEquals(List.of(0, 3, 2, 0), same);
    assertEquals(List.of("90366", "St. Mary's, \"Old\"", "Female", "2011", "83.0"), rows.get(2));
  }

  /** A caller that refills a window in place says so; the scanner then compares with nothing. */
  @Test
  void forgetsTheRecordBeforeWhenTheWindowIsRefilled() {
    byte[] b = "\"a,b\",c\n".getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner();
    assertEquals(b.length, s.scan(b, 0, b.length, true));
    byte[] refill = "abcde,f\n".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(refill, 0, b, 0, b.length);
    s.forget();
    assertEquals(b.length, s.scan(b, 0, b.length, true));
    assertEquals(List.of("abcde", "f"), Arrays.asList(s.texts(b)));
  }

  /**
   * A byte that is not UTF-8, wherever it lies (in a quoted or unquoted cell, among other text that
   * is not ASCII), is the error, at the first such byte, as the JDK's decoder finds it.
   */
  @Test
  void findsTheFirstByteThatIsNotUtf8WhereverItLies() {
    Random rnd = new Random(20261123);
    // a Latin-1 é, a lead byte alone, a continuation byte alone, a byte UTF-8 never uses, a
    // surrogate
    byte[][] bad = {
      {(byte) 0xE9},
      {(byte) 0xC3},
      {(byte) 0x80},
      {(byte) 0xFF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
    };
    int found = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] text = text(rnd, true).getBytes(StandardCharsets.UTF_8);
      int at = rnd.nextInt(text.length + 1);
      byte[] insert = bad[rnd.nextInt(bad.length)];
      byte[] b = new byte[text.length + insert.length];
      System.arraycopy(text, 0, b, 0, at);
      System.arraycopy(insert, 0, b, at, insert.length);
      System.arraycopy(text, at, b, at + insert.length, text.length - at);
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
      boolean valid =
          !StandardCharsets.UTF_8
              .newDecoder()
              .decode(in, java.nio.CharBuffer.allocate(b.length), true)
              .isError();
      CsvScanner s = new CsvScanner();
      int r = 0;
      for (int p = 0; (r = s.scan(b, p, b.length, true)) >= 0; p = r) {
        // every record read
      }
      String what = escape(new String(b, StandardCharsets.ISO_8859_1));
      assertEquals(valid, r != CsvScanner.ERROR || s.errorKind != CsvScanner.BAD_UTF8, what);
      if (!valid && r == CsvScanner.ERROR) {
        assertEquals(in.position(), s.errorAt, what);
        found++;
      }
    }
    assertTrue(found > 1000, "most texts had a bad byte found: " + found);
  }

  @Test
  void judgesUtf8AsTheJdkDecoderDoes() throws Exception {
    Random rnd = new Random(11);
    int[] interesting = {
      0x41, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F,
      0xF5, 0xFF
    };
    for (int i = 0; i < 20000; i++) {
      byte[] b = new byte[1 + rnd.nextInt(6)];
      for (int k = 0; k < b.length; k++) {
        b[k] =
            (byte)
                (rnd.nextBoolean()
                    ? interesting[rnd.nextInt(interesting.length)]
                    : rnd.nextInt(256));
      }
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
      java.nio.charset.CoderResult r =
          StandardCharsets.UTF_8.newDecoder().decode(in, java.nio.CharBuffer.allocate(16), true);
      int expected = r.isError() ? in.position() : -1;
      assertEquals(expected, Utf8.firstInvalid(b, 0, b.length), () -> Arrays.toString(b));
    }
  }

  /** Compares the two readings; true when the text was well-formed. */
  private static boolean compare(String text, Random rnd) throws Exception {
    List<List<String>> expected = new ArrayList<>();
    List<Long> expectedLines = new ArrayList<>();
    boolean failed = false;
    try (CSVParser p =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(COMMONS).get()) {
      for (CSVRecord r : p) {
        expected.add(r.toList());
        expectedLines.add(p.getCurrentLineNumber());
      }
    } catch (RuntimeException e) {
      failed = true;
    }

    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CsvScanner s = new CsvScanner();
    List<List<String>> actual = new ArrayList<>();
    List<Long> actualLines = new ArrayList<>();
    boolean actualFailed = false;
    int pos = 0;
    int lim = 0;
    long lines = 0;
    for (; ; ) {
      boolean eof = lim == bytes.length;
      int r = s.scan(bytes, pos, lim, eof);
      if (r == CsvScanner.NEED_MORE) {
        lim = Math.min(bytes.length, lim + 1 + rnd.nextInt(6));
        continue;
      }
      if (r == CsvScanner.END) {
        break;
      }
      if (r == CsvScanner.ERROR) {
        actualFailed = true;
        break;
      }
      actual.add(Arrays.asList(s.texts(bytes)));
      lines += s.linesThrough;
      actualLines.add(lines);
      pos = r;
    }
    String what = "text " + escape(text);
    assertEquals(failed, actualFailed, what + " fails in both or neither");
    if (failed) {
      assertEquals(expected, actual.subList(0, Math.min(actual.size(), expected.size())), what);
    } else {
      assertEquals(expected, actual, what);
      // Commons CSV counts the lines it has read, which at the end of the file may stop short
      assertEquals(
          expectedLines.subList(0, Math.max(0, expectedLines.size() - 1)),
          actualLines.subList(0, Math.max(0, actualLines.size() - 1)),
          what + " line numbers");
    }
    return !failed;
  }

  private static String text(Random rnd, boolean wellQuoted) {
    StringBuilder b = new StringBuilder();
    int records = rnd.nextInt(5);
    for (int r = 0; r < records; r++) {
      int cells = 1 + rnd.nextInt(4);
      for (int c = 0; c < cells; c++) {
        if (c > 0) {
          b.append(',');
        }
        String cell = cell(rnd);
        if (wellQuoted ? needsQuotes(cell) || rnd.nextInt(4) == 0 : rnd.nextInt(3) == 0) {
          b.append('"').append(wellQuoted ? cell.replace("\"", "\"\"") : cell).append('"');
          if (rnd.nextInt(8) == 0) {
            b.append(rnd.nextBoolean() ? " " : "\u2003");
          }
        } else {
          b.append(wellQuoted ? cell.replaceAll("[\",\r\n]", "") : cell);
        }
      }
      if (r < records - 1 || rnd.nextBoolean()) {
        b.append(new String[] {"\r\n", "\n", "\r", "\r\n\r\n", "\n\n"}[rnd.nextInt(5)]);
      }
    }
    return b.toString();
  }

  /** Records that each keep a random number of the first cells of the one before, as written. */
  private static String runOfRecords(Random rnd, boolean broken) {
    StringBuilder b = new StringBuilder();
    List<String> previous = new ArrayList<>();
    int records = 2 + rnd.nextInt(6);
    for (int r = 0; r < records; r++) {
      List<String> cells = new ArrayList<>(previous.subList(0, rnd.nextInt(previous.size() + 1)));
      int more = 1 + rnd.nextInt(4);
      for (int c = 0; c < more; c++) {
        String cell = cell(rnd);
        boolean quote = broken ? rnd.nextInt(3) == 0 : needsQuotes(cell) || rnd.nextInt(3) == 0;
        cells.add(
            quote
                ? "\"" + (broken ? cell : cell.replace("\"", "\"\"")) + "\""
                : broken ? cell : cell.replaceAll("[\",\r\n]", ""));
      }
      b.append(String.join(",", cells));
      b.append(new String[] {"\r\n", "\n", "\r", "\n\n", ",\n"}[rnd.nextInt(5)]);
      previous = cells;
    }
    return b.toString();
  }

  private static String cell(Random rnd) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static boolean needsQuotes(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\r") || cell.contains("\n");
  }

  private static String escape(String s) {
    return "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
  }
}
