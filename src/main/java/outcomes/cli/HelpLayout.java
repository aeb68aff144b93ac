package outcomes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How --help reads: examples as written, never wrapped in the middle of a command (picocli wraps a
 * footer at the usage width like prose; ours are commands to copy, continued with \ where long);
 * the exit codes once, under outcomes --help; a one-line header per command in the lists of
 * commands, so outcomes --help fits a screen.
 */
final class HelpLayout {
  private HelpLayout() {}

  static void apply(CommandLine root) {
    documentExitCodes(root);
    keepFooterLines(root);
    root.getSubcommands().values().forEach(HelpLayout::headerInListsOnly);
  }

  /**
   * A command's header is its line in its parent's list of commands; its own help starts with the
   * usage and the fuller description.
   */
  private static void headerInListsOnly(CommandLine cl) {
    UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    keys.remove(UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
    keys.remove(UsageMessageSpec.SECTION_KEY_HEADER);
    usage.sectionKeys(keys);
    cl.getSubcommands().values().forEach(HelpLayout::headerInListsOnly);
  }

  private static void documentExitCodes(CommandLine root) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : ExitCodes.HELP) {
      int colon = line.indexOf(':');
      codes.put(line.substring(0, colon), line.substring(colon + 1));
    }
    root.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
  }

  /** Footers line by line as written ("%n" a blank line), each line ended, in every command. */
  private static void keepFooterLines(CommandLine cl) {
    UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
    usage.sectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> footer(usage.footer()));
    cl.getSubcommands().values().forEach(HelpLayout::keepFooterLines);
  }

  private static String footer(String[] lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(String.format(java.util.Locale.ROOT, line + "%n"));
    }
    return String.join("", out);
  }
}
