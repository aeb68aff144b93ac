package outcomes.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.template.Template.Arg;
import outcomes.template.Template.Inline;
import outcomes.template.Template.Placeholder;
import outcomes.template.Template.Text;

/**
 * Reads the text of one line into inlines: plain text, {@code **bold**} text and {@code
 * {{placeholders}}}. A placeholder's words are separated by spaces; a word in double quotes may
 * hold spaces ({@code "Knightsbridge & Belgravia"}, with {@code \"} for a quote); a word {@code
 * key=value} is an option. Columns count characters from 1.
 */
final class Inlines {
  /** A placeholder's words as written, before they are checked against its kind. */
  record Words(List<Word> words, Location at) {}

  /**
   * One word: its text without quotes, whether any of it was quoted (a quoted word is never a loop
   * variable), and whether it starts with a quote (then it is never an option either).
   */
  record Word(String text, boolean quoted, boolean startsQuoted, Location at) {}

  private final String file;
  private final int line;
  private final Set<String> variables;

  Inlines(String file, int line, Set<String> variables) {
    this.file = file;
    this.line = line;
    this.variables = variables;
  }

  /** The inlines of {@code text}, which starts at column {@code column} of the line. */
  List<Inline> parse(String text, int column) {
    List<Inline> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    boolean bold = false;
    int boldAt = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("{{", i)) {
        flush(out, plain, bold);
        int close = closing(text, i, column);
        out.add(placeholder(words(text.substring(i + 2, close), column + i + 2, at(column + i))));
        i = close + 2;
      } else if (text.startsWith("}}", i)) {
        throw error(column + i, "}} without an opening {{");
      } else if (text.startsWith("**", i)) {
        flush(out, plain, bold);
        bold = !bold;
        boldAt = column + i;
        i += 2;
      } else {
        plain.append(text.charAt(i));
        i++;
      }
    }
    if (bold) {
      throw error(boldAt, "** starts bold text that does not end on this line: close it with **");
    }
    flush(out, plain, false);
    return out;
  }

  /** The words of a placeholder whose inside starts at {@code column}. */
  Words words(String inside, int column, Location at) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < inside.length()) {
      if (Character.isWhitespace(inside.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder w = new StringBuilder();
      boolean quoted = false;
      while (i < inside.length() && !Character.isWhitespace(inside.charAt(i))) {
        if (inside.charAt(i) == '"') {
          i = quoted(inside, i, column, w);
          quoted = true;
        } else {
          w.append(inside.charAt(i));
          i++;
        }
      }
      words.add(new Word(w.toString(), quoted, inside.charAt(start) == '"', at(column + start)));
    }
    return new Words(words, at);
  }

  /** Reads a quoted string starting at {@code i}; returns the index after its closing quote. */
  private int quoted(String s, int i, int column, StringBuilder w) {
    int open = i;
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
        w.append(s.charAt(i + 1));
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        w.append(c);
        i++;
      }
    }
    throw error(column + open, "a quoted word that does not end: close it with \"");
  }

  /** A placeholder from its words: the kind, its arguments and its options, checked. */
  Placeholder placeholder(Words w) {
    if (w.words().isEmpty()) {
      throw OutcomesException.badInput(
          w.at(), "an empty placeholder {{}}: use one of " + String.join(", ", Kind.words()));
    }
    Word first = w.words().get(0);
    Kind kind = first.quoted() ? null : Kind.byWord(first.text()).orElse(null);
    if (kind == null
        && !first.quoted()
        && (first.text().equals("for") || first.text().equals("end"))) {
      throw OutcomesException.badInput(
          w.at(), "{{" + first.text() + "}} must stand alone on its line");
    }
    if (kind == null) {
      if (!first.quoted() && variables.contains(first.text()) && w.words().size() == 1) {
        return new Placeholder(
            Kind.VARIABLE, List.of(new Arg(first.text(), true, first.at())), Map.of(), w.at());
      }
      throw OutcomesException.badInput(
          first.at(),
          "unknown placeholder '"
              + first.text()
              + "': use one of "
              + String.join(", ", Kind.words())
              + (variables.isEmpty() ? "" : ", or a loop variable " + variables));
    }
    List<Arg> args = new ArrayList<>();
    Map<String, Arg> options = new LinkedHashMap<>();
    for (Word a : w.words().subList(1, w.words().size())) {
      int eq = a.text().indexOf('=');
      if (eq > 0 && !a.startsQuoted() && isOptionKey(a.text().substring(0, eq))) {
        option(kind, a, eq, options);
      } else {
        args.add(new Arg(a.text(), !a.quoted() && variables.contains(a.text()), a.at()));
      }
    }
    if (args.size() < kind.minArgs() || args.size() > kind.maxArgs()) {
      Location where = args.size() > kind.maxArgs() ? args.get(kind.maxArgs()).at() : w.at();
      throw OutcomesException.badInput(
          where,
          "{{"
              + kind.word()
              + "}} takes "
              + count(kind)
              + ", not "
              + args.size()
              + ": write "
              + kind.usage());
    }
    return new Placeholder(kind, args, options, w.at());
  }

  private void option(Kind kind, Word a, int eq, Map<String, Arg> options) {
    String key = a.text().substring(0, eq);
    if (!kind.options().contains(key)) {
      throw OutcomesException.badInput(
          a.at(),
          "{{"
              + kind.word()
              + "}} has no option '"
              + key
              + "'"
              + (kind.options().isEmpty() ? "" : ": it has " + kind.options())
              + "; write "
              + kind.usage());
    }
    if (options.containsKey(key)) {
      throw OutcomesException.badInput(a.at(), "option '" + key + "' is given twice");
    }
    options.put(key, new Arg(a.text().substring(eq + 1), false, a.at()));
  }

  private static boolean isOptionKey(String s) {
    return s.matches("[a-z][a-z-]*");
  }

  private static String count(Kind k) {
    if (k.minArgs() == k.maxArgs()) {
      return k.minArgs() == 0
          ? "no arguments"
          : k.minArgs() + " argument" + (k.minArgs() == 1 ? "" : "s");
    }
    return k.minArgs() + " to " + k.maxArgs() + " arguments";
  }

  /** The index of the {@code }}} that closes the placeholder opened at {@code open}. */
  private int closing(String text, int open, int column) {
    int quote = -1;
    for (int i = open + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote >= 0 && c == '\\' && i + 1 < text.length()) {
        i++;
      } else if (c == '"') {
        quote = quote >= 0 ? -1 : i;
      } else if (quote < 0 && text.startsWith("}}", i)) {
        return i;
      } else if (quote < 0 && text.startsWith("{{", i)) {
        throw error(
            column + open,
            "{{ opens a placeholder that is not closed before the next {{:" + " close it with }}");
      }
    }
    if (quote >= 0) {
      throw error(
          column + quote,
          "a quoted word that does not end: close it with \" and the" + " placeholder with }}");
    }
    throw error(
        column + open, "{{ opens a placeholder that does not end on this line: close it with }}");
  }

  private static void flush(List<Inline> out, StringBuilder plain, boolean bold) {
    if (plain.length() > 0) {
      out.add(new Text(plain.toString(), bold));
      plain.setLength(0);
    }
  }

  Location at(int column) {
    return new Location(file, line, column);
  }

  OutcomesException error(int column, String message) {
    return OutcomesException.badInput(at(column), message);
  }
}
