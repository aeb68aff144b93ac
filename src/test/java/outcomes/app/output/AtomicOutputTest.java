package outcomes.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.OutcomesException;

/** A file is written whole or not at all, and a failed write leaves no temporary file behind. */
class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void replacesTheFileWhole() throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "old");
    AtomicOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aWriteThatFailsLeavesTheOldFileAndNoLitter() throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "old");
    List<RuntimeException> thrown = List.of(new IllegalStateException("bad data"));
    assertThrows(
        OutcomesException.class,
        () ->
            AtomicOutput.write(
                target,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                }));
    assertThrows(
        IllegalStateException.class,
        () ->
            AtomicOutput.write(
                target,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw thrown.get(0);
                }));
    // a hostile input can exhaust the heap half-way through a write
    assertThrows(
        OutOfMemoryError.class,
        () ->
            AtomicOutput.write(
                target,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new OutOfMemoryError("Java heap space");
                }));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
