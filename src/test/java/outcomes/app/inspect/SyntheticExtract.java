package outcomes.app.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import outcomes.ingest.Extract;

/**
 * A seeded Fingertips-style extract with every awkward thing a real one may hold: quoted commas,
 * quotes and line breaks (LF and CRLF) inside cells, cells quoted that need not be, text that is
 * not ASCII, ids and sortables with spaces round them, short rows, empty values with and without
 * notes, blank lines and rows of commas, rows in no particular order and repeated periods (ties).
 * It knows the line each record starts on, so a test can say where an error must be reported.
 */
final class SyntheticExtract {
  private static final String[] IDS = {"93356", " 90366", "22304 ", "90366"};
  private static final String[] NAMES = {
    "Campylobacter incidence rate/100,000\n",
    "Life expectancy at \"birth\"",
    "Self-reported wellbeing: high anxiety",
    "Life expectancy"
  };
  private static final String[] TYPES = {"County & UA", "Region", " Ward ", "Country"};
  private static final String[] SEXES = {"Persons", "Male", "Female"};
  private static final String[] AGES = {"All ages", "10-11 yrs", "65+ yrs"};
  private static final String[][] PERIODS = {
    {"2015", "20150000"},
    {"2016", " 20160000 "},
    {"2017", "20170000"},
    {"2015/16", "20150000"},
    {"2010 - 14", "20100000"},
    {"2011 - 15", "20110000"},
    {"2017 Q3", "20170003"}
  };
  private static final String[] NOTES = {
    "",
    "Value suppressed for disclosure control",
    "Value for Cornwall & Isles of Scilly combined",
    "Aggregated from all known lower, geography"
  };

  final List<List<String>> rows = new ArrayList<>();
  private final List<String> header;
  private final Random rnd;
  private final String eol;
  private final boolean bom;
  private final boolean blankLines;

  /** The line each data row (0-based) starts on, once written. */
  final List<Long> lines = new ArrayList<>();

  SyntheticExtract(long seed, int count, String eol, boolean bom, boolean blankLines) {
    this.rnd = new Random(seed);
    this.eol = eol;
    this.bom = bom;
    this.blankLines = blankLines;
    this.header = Extract.of(Extract.REAL_26).header();
    int areas = Math.max(4, count / 40);
    for (int i = 0; i < count; i++) {
      rows.add(row(rnd.nextInt(areas)));
    }
    Collections.shuffle(rows, rnd);
  }

  private List<String> row(int area) {
    int ind = rnd.nextInt(IDS.length);
    String[] period = PERIODS[rnd.nextInt(PERIODS.length)];
    List<String> r = new ArrayList<>();
    r.add(IDS[ind]);
    r.add(NAMES[ind]);
    r.add("E12000007");
    r.add("London region");
    r.add(area % 17 == 0 ? "E0900" + area + " " : "E0900" + area);
    r.add(
        area % 5 == 0 ? "Kensington, \"Royal\"\r\nBorough \u00e9 \u2014 " + area : "Area " + area);
    r.add(TYPES[area % TYPES.length]);
    r.add(SEXES[rnd.nextInt(SEXES.length)]);
    r.add(AGES[area % 7 == 0 ? rnd.nextInt(AGES.length) : 0]);
    boolean category = rnd.nextInt(6) == 0;
    r.add(category ? "Deprivation deciles (IMD2019)" : "");
    r.add(category ? "Most deprived decile" : "");
    r.add(period[0]);
    boolean empty = rnd.nextInt(12) == 0;
    String value = empty ? (rnd.nextBoolean() ? "" : "  ") : value();
    r.add(value);
    for (int k = 0; k < 4; k++) {
      r.add(rnd.nextInt(3) == 0 ? "" : String.valueOf(rnd.nextInt(1000) / 10.0));
    }
    r.add(rnd.nextBoolean() ? "" : String.valueOf(rnd.nextInt(500)));
    r.add(rnd.nextBoolean() ? "" : String.valueOf(1000 + rnd.nextInt(5000)));
    r.add(empty ? NOTES[rnd.nextInt(NOTES.length)] : rnd.nextInt(20) == 0 ? "=SUM(A1)" : "");
    r.add(rnd.nextBoolean() ? "Cannot be calculated" : "");
    r.add(rnd.nextBoolean() ? "Similar" : "Better 95%");
    r.add(rnd.nextBoolean() ? "Worse" : "");
    r.add(period[1]);
    r.add(rnd.nextBoolean() ? "New data" : "");
    if (rnd.nextInt(3) == 0) {
      r.add(""); // a full row; Fingertips usually leaves this last cell off
    }
    return r;
  }

  private String value() {
    return switch (rnd.nextInt(8)) {
      case 0 -> String.valueOf(rnd.nextInt(200));
      case 1 -> " " + (rnd.nextInt(10000) / 100.0) + " ";
      case 2 -> "-" + rnd.nextInt(50) + "." + rnd.nextInt(100);
      case 3 -> (rnd.nextInt(90) + 1) + "e-2";
      default -> String.valueOf(rnd.nextDouble() * 100);
    };
  }

  /** Writes the extract; records are quoted where they must be, and now and then where not. */
  Path write(Path file) {
    StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
    long line = 1;
    line += append(b, header);
    lines.clear();
    for (List<String> r : rows) {
      if (blankLines && rnd.nextInt(50) == 0) {
        String blank = rnd.nextBoolean() ? eol : ",,," + eol;
        b.append(blank);
        line++;
      }
      lines.add(line);
      line += append(b, r);
    }
    try {
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends a record and its line end; returns the line breaks it took. */
  private long append(StringBuilder b, List<String> cells) {
    long breaks = 1;
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      b.append(i == 0 ? "" : ",");
      boolean quote = c.matches("(?s).*[,\"\r\n].*") || rnd.nextInt(10) == 0;
      b.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
      breaks +=
          c.chars().filter(ch -> ch == '\r').count()
              + c.replace("\r\n", "").chars().filter(ch -> ch == '\n').count();
    }
    b.append(eol);
    return breaks;
  }
}
