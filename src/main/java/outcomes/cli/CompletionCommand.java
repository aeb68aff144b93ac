package outcomes.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** outcomes completion: the shell completion script, made by picocli's AutoComplete. */
@Command(
    name = "completion",
    header = "A bash or zsh script that completes commands and options on Tab.",
    mixinStandardHelpOptions = true,
    description = {
      "Print a bash completion script for outcomes (zsh runs it too, through bashcompinit):"
          + " commands, options, the values of options such as --format, and file names."
    },
    footer = {
      "%nInstall it for your user (bash-completion 2 loads it in new shells):",
      "  mkdir -p ~/.local/share/bash-completion/completions",
      "  outcomes completion > ~/.local/share/bash-completion/completions/outcomes",
      "%nOr for this shell only:",
      "  source <(outcomes completion)",
      "%nIn zsh, first: autoload -U +X bashcompinit && bashcompinit"
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // the command line of this run holds only this command; the script needs every one
    String script = AutoComplete.bash("outcomes", OutcomesCommand.commandLine(new String[0]));
    PrintWriter out = spec.commandLine().getOut();
    out.print(script);
    out.flush();
    return ExitCodes.OK;
  }
}
