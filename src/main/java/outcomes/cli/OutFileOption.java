package outcomes.cli;

import picocli.CommandLine.Option;

/** --out FILE|-, declared once for every command that writes one file: {@link OutFile}'s rule. */
final class OutFileOption {
  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file (whole or not at all); - or none for standard output.")
  String out;

  /** The file, checked: call it before the work, so a path that cannot be written is refused. */
  OutFile file() {
    return OutFile.of(out);
  }
}
