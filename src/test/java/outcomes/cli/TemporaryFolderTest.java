package outcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24, runs as any user: Apache POI put its temporary files in one folder for everyone, {@code
 * java.io.tmpdir/poifiles}, made by whoever ran first, and a service user's run after root's or
 * another analyst's failed with exit 70. Each run now has a private folder of its own in {@code
 * java.io.tmpdir}, removed when it ends, and removes those of its user's killed runs. Each case
 * runs {@code outcomes report} in its own JVM with its own {@code java.io.tmpdir}.
 */
class TemporaryFolderTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a file", "a folder we cannot write to"})
  void theReportIsWrittenWhateverHoldsTheSharedPoiFolder(String what) throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path poifiles = tmp.resolve("poifiles");
    if (what.equals("a file")) {
      Files.writeString(poifiles, "made by another user's run");
    } else {
      Files.createDirectories(poifiles);
      Files.setPosixFilePermissions(poifiles, PosixFilePermissions.fromString("r-xr-xr-x"));
      assumeFalse(
          Files.isWritable(poifiles), "root can write anywhere: the file case stands for it");
    }
    // what a killed run of ours left: its lock is free
    Path killed = Files.createDirectories(tmp.resolve("outcomes-run-killed"));
    Files.writeString(killed.resolve("poi-sxssf-sheet1.xml"), "<row");

    Path out = dir.resolve("out");
    Subprocess run = report(tmp, out);

    assertEquals(0, run.code(), run.toString());
    assertEquals("", run.err(), run.toString());
    assertTrue(Files.size(out.resolve("outcomes-framework.xlsx")) > 0);
    assertEquals(
        List.of("poifiles"), names(tmp), "the run's own folder and the killed run's are gone");
  }

  @Test
  void aRunThatFailsRemovesItsFolderToo() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    report(tmp, dir.resolve("out")); // the catalogue, copied
    Path extract = dir.resolve("catalogue").resolve(HostileInputTest.DATA_FILE);
    Files.writeString(
        extract,
        Files.readString(extract).replaceFirst("\n(([^,\n]*,){12})[0-9.]+,", "\n$1ninety,"));

    Subprocess run = report(tmp, dir.resolve("out"));

    assertEquals(65, run.code(), run.toString());
    assertEquals(List.of(), names(tmp));
  }

  @Test
  void aTemporaryFolderThatCannotBeMadeIsExit74NamingIt() throws Exception {
    Path tmp = dir.resolve("no-such-folder");
    Path out = dir.resolve("out");

    Subprocess run = report(tmp, out);

    assertEquals(74, run.code(), run.toString());
    assertEquals(
        "outcomes: "
            + tmp
            + ": cannot hold a temporary folder for this run ("
            + tmp
            + " does not"
            + " exist): give Java a folder this user can write to with -Djava.io.tmpdir=DIR (for ./outcomes,"
            + " JAVA_OPTS=-Djava.io.tmpdir=DIR)\n",
        run.err());
    assertTrue(Files.notExists(out), "nothing written");
  }

  private Subprocess report(Path tmp, Path out) throws IOException, InterruptedException {
    Path cat = dir.resolve("catalogue");
    if (!Files.exists(cat)) {
      HostileInputTest.copy(HostileInputTest.CATALOGUE, cat);
    }
    Path work = Files.createDirectories(dir.resolve("work"));
    return Subprocess.run(
        work,
        "256m",
        List.of("-Djava.io.tmpdir=" + tmp),
        120,
        "report",
        "--quiet",
        "--indicators",
        cat.resolve("indicators").toString(),
        "--data",
        cat.resolve("data").toString(),
        "--out",
        out.toString());
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
