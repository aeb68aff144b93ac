package outcomes.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a mistyped command or option most likely meant. picocli suggests options that share the
 * first two letters and commands that share letter pairs, which misses "--qiuet" and ranks
 * "progress" before "report" for "reprot"; a letter or two added, dropped, changed or swapped is
 * what a typo is, so names that near come first, and only they when there are any.
 */
final class Typos {
  private Typos() {}

  /** The commands of this one nearest the word typed, with picocli's suggestions after. */
  static List<String> commands(CommandSpec spec, String typed, List<String> picocli) {
    List<String> names = new ArrayList<>();
    spec.subcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
              }
            });
    return nearest(typed, names, picocli);
  }

  /** The options of this command nearest the one typed ("--qiuet=x" → "--quiet"). */
  static List<String> options(CommandSpec spec, String typed, List<String> picocli) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        for (String n : o.names()) {
          if (n.startsWith("--")) {
            names.add(n);
          }
        }
      }
    }
    int eq = typed.indexOf('=');
    return nearest(eq < 0 ? typed : typed.substring(0, eq), names, picocli);
  }

  private static List<String> nearest(String typed, List<String> names, List<String> picocli) {
    String word = bare(typed);
    int near = word.length() <= 4 ? 1 : 2;
    Comparator<String> byEdits = Comparator.comparingInt(n -> edits(word, bare(n)));
    List<String> close =
        names.stream().filter(n -> edits(word, bare(n)) <= near).sorted(byEdits).toList();
    if (!close.isEmpty()) {
      return close.subList(0, Math.min(3, close.size()));
    }
    Set<String> others = new LinkedHashSet<>();
    picocli.forEach(s -> others.add(s.substring(s.lastIndexOf(' ') + 1)));
    return others.stream().sorted(byEdits).limit(3).toList();
  }

  private static String bare(String name) {
    return name.replaceFirst("^-+", "");
  }

  /**
   * The first argument that looks like an option this command does not have. picocli reports
   * missing required options before unknown ones, so "calc proportion --cuont x" would otherwise
   * say --count is missing, not that --cuont is unknown. A value of an option ("--out -",
   * "--multiplier -1") is not one.
   */
  static Optional<String> unknownOption(CommandSpec spec, String[] args) {
    boolean value = false;
    for (String a : args) {
      if (value) {
        value = false;
        continue;
      }
      if (!a.startsWith("-") || a.equals("-") || a.matches("-[0-9.]+")) {
        continue;
      }
      if (a.equals("--")) {
        return Optional.empty(); // the rest are parameters
      }
      int eq = a.indexOf('=');
      OptionSpec o = spec.findOption(eq < 0 ? a : a.substring(0, eq));
      if (o == null && !isShortCluster(spec, a)) {
        return Optional.of(a);
      }
      value = o != null && eq < 0 && o.arity().max() > 0;
    }
    return Optional.empty();
  }

  /** -hV: short options together. */
  private static boolean isShortCluster(CommandSpec spec, String a) {
    if (a.startsWith("--") || a.length() < 3) {
      return false;
    }
    for (char c : a.substring(1).toCharArray()) {
      if (spec.findOption(c) == null) {
        return false;
      }
    }
    return true;
  }

  /** The optimal string alignment distance: letters added, dropped, changed or swapped. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
