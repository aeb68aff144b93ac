package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the valid test catalogue ({@code /catalogue/valid}: indicators/ and data/) in a
 * temporary folder, changed one line at a time so that each test shows exactly what is wrong. Every
 * change checks that the line it changes is there exactly once.
 */
public final class CatalogueFixture {
  private final Path root;

  private CatalogueFixture(Path root) {
    this.root = root;
  }

  /** The valid catalogue as checked in (read only). */
  public static Path valid() {
    try {
      return Path.of(CatalogueFixture.class.getResource("/catalogue/valid").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh copy of the valid catalogue under the given (temporary) folder. */
  public static CatalogueFixture copyInto(Path dir) {
    Path source = valid();
    try (Stream<Path> all = Files.walk(source)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CatalogueFixture(dir);
  }

  public Path indicators() {
    return root.resolve("indicators");
  }

  public Path data() {
    return root.resolve("data");
  }

  /** An indicator file, e.g. "campylobacter.yaml". */
  public Path indicator(String name) {
    return indicators().resolve(name);
  }

  /** A data file, e.g. "real/x.csv". */
  public Path dataFile(String path) {
    return data().resolve(path);
  }

  /** Replaces the one line equal to {@code line} in a file under the catalogue's root. */
  public CatalogueFixture replace(Path file, String line, String... with) {
    List<String> lines = lines(file);
    int at = indexOfOnly(lines, line, file);
    lines.remove(at);
    lines.addAll(at, List.of(with));
    write(file, lines);
    return this;
  }

  /** Inserts lines after the one line equal to {@code line}. */
  public CatalogueFixture insertAfter(Path file, String line, String... added) {
    List<String> lines = lines(file);
    int at = indexOfOnly(lines, line, file);
    lines.addAll(at + 1, List.of(added));
    write(file, lines);
    return this;
  }

  /** Removes the one line equal to {@code line}. */
  public CatalogueFixture delete(Path file, String line) {
    return replace(file, line);
  }

  /** Writes a whole file (a new data file, say). */
  public CatalogueFixture write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * The 1-based number of the one line equal to {@code line}, to say where a problem must point.
   */
  public static int lineOf(Path file, String line) {
    return indexOfOnly(lines(file), line, file) + 1;
  }

  private static int indexOfOnly(List<String> lines, String line, Path file) {
    int first = lines.indexOf(line);
    assertEquals(first, lines.lastIndexOf(line), "'" + line + "' must be in " + file + " once");
    if (first < 0) {
      throw new IllegalArgumentException("'" + line + "' is not a line of " + file);
    }
    return first;
  }

  private static List<String> lines(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String eol = text.contains("\r\n") ? "\r\n" : "\n";
      List<String> lines = new ArrayList<>(List.of(text.split(eol, -1)));
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, List<String> lines) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String eol = text.contains("\r\n") ? "\r\n" : "\n";
      Files.writeString(file, String.join(eol, lines), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
