package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.GapPair;
import outcomes.model.Problem;
import outcomes.model.Sex;

/** The headline gaps are policy in framework.yaml, read and checked like the rest of it. */
class HeadlineGapsTest {
  @TempDir Path dir;
  private CatalogueFixture cat;
  private Path framework;

  @BeforeEach
  void copyTheValidCatalogue() {
    cat = CatalogueFixture.copyInto(dir);
    framework = cat.indicator("framework.yaml");
  }

  @Test
  void readsEachPairWithItsIndicatorSexAndAreas() throws IOException {
    append(
        "headline-gaps:",
        "  - {indicator: life-expectancy, sex: male, area: E09000033, vs: E09000020}",
        "  - {indicator: campylobacter, area: E09000020, vs: E92000001}");
    CatalogueReader.Result r = CatalogueReader.read(cat.indicators());
    assertEquals(List.of(), r.problems());
    List<GapPair> gaps = r.catalogue().framework().headlineGaps();
    assertEquals(2, gaps.size());
    assertEquals("life-expectancy", gaps.get(0).indicator());
    assertEquals(Optional.of(Sex.MALE), gaps.get(0).sex());
    assertEquals("E09000033", gaps.get(0).area());
    assertEquals("E09000020", gaps.get(0).vs());
    assertEquals(Optional.empty(), gaps.get(1).sex());
  }

  @Test
  void aFrameworkWithoutHeadlineGapsHasNone() {
    assertEquals(
        List.of(), CatalogueReader.read(cat.indicators()).catalogue().framework().headlineGaps());
  }

  @Test
  void anIndicatorNotInTheCatalogueIsAProblemAtItsLine() throws IOException {
    append(
        "headline-gaps:", "  - {indicator: life-expectancy-at-65, area: E09000033, vs: E09000020}");
    assertOneProblemAtLastLine("the headline gap names the indicator 'life-expectancy-at-65'");
  }

  @Test
  void twoAreasThatAreOneIsAProblem() throws IOException {
    append(
        "headline-gaps:",
        "  - {indicator: life-expectancy, sex: male, area: E09000033, vs: E09000033}");
    assertOneProblemAtLastLine("a gap needs two different areas");
  }

  @Test
  void anUnknownSexIsAProblem() throws IOException {
    append(
        "headline-gaps:",
        "  - {indicator: life-expectancy, sex: unknown, area: E09000033, vs: E09000020}");
    assertOneProblemAtLastLine("unknown sex");
  }

  @Test
  void anUnknownKeyIsAProblem() throws IOException {
    append(
        "headline-gaps:", "  - {indicator: life-expectancy, area: E09000033, versus: E09000020}");
    List<Problem> problems = CatalogueReader.read(cat.indicators()).problems();
    assertTrue(
        problems.stream().anyMatch(p -> p.message().contains("versus")), problems.toString());
  }

  @Test
  void aMappingInsteadOfAListIsAProblem() throws IOException {
    append("headline-gaps: {indicator: life-expectancy}");
    assertOneProblemAtLastLine("must be a list");
  }

  private void append(String... lines) throws IOException {
    Files.writeString(
        framework,
        System.lineSeparator()
            + String.join(System.lineSeparator(), lines)
            + System.lineSeparator(),
        StandardOpenOption.APPEND);
  }

  private void assertOneProblemAtLastLine(String messagePart) throws IOException {
    List<Problem> problems = CatalogueReader.read(cat.indicators()).problems();
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals(framework.toString(), p.location().file());
    assertEquals(Files.readAllLines(framework).size(), p.location().line(), p.toString());
    assertTrue(p.message().contains(messagePart), p.message());
  }
}
