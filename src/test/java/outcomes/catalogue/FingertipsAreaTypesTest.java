package outcomes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.model.Problem;
import outcomes.model.Source;

/**
 * The optional Fingertips area types under an indicator's source, which `outcomes fetch` asks for.
 */
class FingertipsAreaTypesTest {
  private static final String FINGERTIPS_ID = "  fingertips-id: 93356";

  @TempDir Path dir;

  @Test
  void areAbsentUnlessGiven() {
    Source s = source(CatalogueFixture.copyInto(dir));

    assertEquals(OptionalInt.empty(), s.fingertipsAreaType());
    assertEquals(OptionalInt.empty(), s.fingertipsParentAreaType());
  }

  @Test
  void areReadBesideTheFingertipsId() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    cat.insertAfter(
        cat.indicator("campylobacter.yaml"),
        FINGERTIPS_ID,
        "  fingertips-area-type: 502",
        "  fingertips-parent-area-type: 6");

    Source s = source(cat);
    assertEquals(OptionalInt.of(93356), s.fingertipsId());
    assertEquals(OptionalInt.of(502), s.fingertipsAreaType());
    assertEquals(OptionalInt.of(6), s.fingertipsParentAreaType());
  }

  @Test
  void mustBeWholeNumbers() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path file = cat.indicator("campylobacter.yaml");
    cat.insertAfter(file, FINGERTIPS_ID, "  fingertips-area-type: upper-tier");

    Problem p = onlyProblem(cat);
    assertEquals(
        CatalogueFixture.lineOf(file, "  fingertips-area-type: upper-tier"), p.location().line());
    assertEquals("'fingertips-area-type' must be a whole number, not 'upper-tier'", p.message());
  }

  @Test
  void needAFingertipsId() {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    Path file = cat.indicator("campylobacter.yaml");
    cat.replace(file, FINGERTIPS_ID, "  fingertips-parent-area-type: 6");

    Problem p = onlyProblem(cat);
    assertEquals(
        CatalogueFixture.lineOf(file, "  fingertips-parent-area-type: 6"), p.location().line());
    assertTrue(
        p.message().startsWith("'fingertips-parent-area-type' goes with a fingertips-id"),
        p.message());
  }

  private static Source source(CatalogueFixture cat) {
    CatalogueReader.Result r = CatalogueReader.read(cat.indicators());
    assertEquals(List.of(), r.problems());
    return r.catalogue().indicator("campylobacter").orElseThrow().source();
  }

  private static Problem onlyProblem(CatalogueFixture cat) {
    List<Problem> problems = CatalogueReader.read(cat.indicators()).problems();
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }
}
