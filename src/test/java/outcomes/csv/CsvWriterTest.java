package outcomes.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * CsvWriter writes exactly what Commons CSV's RFC 4180 printer writes for the same (defused) cells.
 */
class CsvWriterTest {
  private static final String[] PIECES = {
    "a", "Ward", " ", "\t", ",", "\"", "\r", "\n", "é", "😀", "#", "!", "=", "+", "-", "@", "'",
    "1.5", "-2", "\u0001", "~", "x y"
  };

  @Test
  void writesAsCommonsCsvsPrinterDoes() throws Exception {
    Random rnd = new Random(5);
    for (int i = 0; i < 2000; i++) {
      List<String> header = List.of(cells(rnd, 1 + rnd.nextInt(4)));
      List<String[]> rows = new ArrayList<>();
      for (int r = rnd.nextInt(4); r > 0; r--) {
        rows.add(cells(rnd, 1 + rnd.nextInt(5)));
      }
      StringWriter expected = new StringWriter();
      CSVPrinter p = new CSVPrinter(expected, CSVFormat.RFC4180);
      p.printRecord(header.stream().map(CsvWriter::safe).toArray());
      for (String[] row : rows) {
        p.printRecord(
            (Object[]) java.util.Arrays.stream(row).map(CsvWriter::safe).toArray(String[]::new));
      }
      p.flush();
      StringWriter actual = new StringWriter();
      CsvWriter.write(actual, header, rows);
      assertEquals(expected.toString(), actual.toString());
    }
  }

  @Test
  void writesRecordsGivenAsBytesAsItWritesTheirCells() throws Exception {
    Random rnd = new Random(6);
    for (int i = 0; i < 2000; i++) {
      List<String> header = List.of(cells(rnd, 1 + rnd.nextInt(4)));
      List<String[]> rows = new ArrayList<>();
      List<byte[]> records = new ArrayList<>();
      for (int r = rnd.nextInt(4); r > 0; r--) {
        String[] row = cells(rnd, 1 + rnd.nextInt(5));
        row[0] = rnd.nextInt(4) == 0 ? row[0] : "x" + row[0];
        if (String.join("", row).isBlank()) {
          row[0] = "x";
        }
        rows.add(row);
        StringBuilder raw = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
          boolean quote = rnd.nextBoolean() || row[c].matches("(?s).*[\",\r\n].*");
          raw.append(c == 0 ? "" : ",")
              .append(
                  quote
                      ? '"' + row[c].replace("\"", "\"\"") + '"' + (rnd.nextInt(6) == 0 ? " " : "")
                      : row[c]);
        }
        records.add(raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      StringWriter expected = new StringWriter();
      CsvWriter.write(expected, header, rows);
      java.io.ByteArrayOutputStream actual = new java.io.ByteArrayOutputStream();
      CsvWriter.writeRecords((b, n) -> actual.write(b, 0, n), header, records);
      assertEquals(expected.toString(), actual.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void writesTwentyThousandRecordsGivenAsBytesInOrder() throws Exception {
    Random rnd = new Random(8);
    List<String> header = List.of("a", "b", "c");
    List<String[]> rows = new ArrayList<>();
    List<byte[]> records = new ArrayList<>();
    for (int r = 0; r < 20_000; r++) {
      String[] row = {"x" + r, cells(rnd, 1)[0], "Ward " + r + (r % 7 == 0 ? ", \"Old\"" : "")};
      rows.add(row);
      StringBuilder raw = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        raw.append(c == 0 ? "" : ",").append('"').append(row[c].replace("\"", "\"\"")).append('"');
      }
      records.add(raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    StringWriter expected = new StringWriter();
    CsvWriter.write(expected, header, rows);
    java.io.ByteArrayOutputStream actual = new java.io.ByteArrayOutputStream();
    CsvWriter.writeRecords((b, n) -> actual.write(b, 0, n), header, records);
    assertEquals(expected.toString(), actual.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String[] cells(Random rnd, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(4); k > 0; k--) {
        b.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      out[i] = b.toString();
    }
    return out;
  }
}
