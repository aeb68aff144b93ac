package outcomes.cli;

import java.util.Optional;
import outcomes.app.FreshnessJob;
import outcomes.freshness.Status;
import outcomes.freshness.Verdict;
import outcomes.model.TimePeriod;

/**
 * Freshness as JUnit XML, which CI systems show natively: one test case per indicator; a stale one
 * fails, an unknown one is skipped, and every case's output says its status. No timestamps or host
 * names, so the same result gives the same bytes.
 */
final class FreshnessJunit {
  private FreshnessJunit() {}

  static String write(FreshnessJob.Result r) {
    int tests = r.entries().size();
    String counts =
        " tests=\""
            + tests
            + "\" failures=\""
            + r.count(Status.STALE)
            + "\" errors=\"0\" skipped=\""
            + r.count(Status.UNKNOWN)
            + "\" time=\"0\"";
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<testsuites name=\"outcomes freshness\"").append(counts).append(">\n");
    x.append("  <testsuite name=\"freshness\"").append(counts).append(">\n");
    x.append("    <properties>\n");
    x.append("      <property name=\"asOf\" value=\"").append(r.asOf()).append("\"/>\n");
    x.append("    </properties>\n");
    for (FreshnessJob.Entry e : r.entries()) {
      testCase(x, e);
    }
    x.append("  </testsuite>\n");
    x.append("</testsuites>\n");
    return x.toString();
  }

  private static void testCase(StringBuilder x, FreshnessJob.Entry e) {
    Verdict v = e.verdict();
    String name = e.indicator().id() + ": " + e.indicator().title();
    x.append("    <testcase classname=\"freshness\" name=\"")
        .append(attribute(name))
        .append("\" time=\"0\">\n");
    String headline = v.status().label() + ": " + v.reason();
    if (v.status() == Status.STALE) {
      x.append("      <failure type=\"stale\" message=\"")
          .append(attribute(headline))
          .append("\">")
          .append(text(details(e)))
          .append("</failure>\n");
    } else if (v.status() == Status.UNKNOWN) {
      x.append("      <skipped message=\"").append(attribute(headline)).append("\"/>\n");
    }
    x.append("      <system-out>").append(text(details(e))).append("</system-out>\n");
    x.append("    </testcase>\n");
  }

  private static String details(FreshnessJob.Entry e) {
    Verdict v = e.verdict();
    Optional<String> expected = v.next().map(n -> n.expectedBy().toString());
    return "status: "
        + v.status().label()
        + "\nlatest period: "
        + v.latest().map(TimePeriod::label).orElse("none")
        + "\nexpected by: "
        + expected.orElse("unknown")
        + "\nsource: "
        + e.indicator().source().name()
        + "\nreason: "
        + v.reason()
        + e.fetched().map(f -> "\nfetched: " + f.retrieved() + " (" + f.file() + ")").orElse("")
        + "\n";
  }

  /** Text content: markup characters escaped, characters XML 1.0 cannot hold replaced. */
  static String text(String s) {
    return escape(s, false);
  }

  /** An attribute value in double quotes: also quotes and line breaks escaped, so they survive. */
  static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append(attribute ? "&quot;" : "\"");
          break;
        case '\'':
          b.append(attribute ? "&apos;" : "'");
          break;
        case '\n':
          b.append(attribute ? "&#10;" : "\n");
          break;
        case '\r':
          b.append("&#13;");
          break;
        case '\t':
          b.append(attribute ? "&#9;" : "\t");
          break;
        default:
          b.appendCodePoint(allowed(c) ? c : 0xFFFD);
      }
    }
    return b.toString();
  }

  /** XML 1.0's Char production; a lone surrogate arrives here as itself and is not allowed. */
  private static boolean allowed(int c) {
    return (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
