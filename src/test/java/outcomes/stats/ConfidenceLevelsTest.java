package outcomes.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceLevelsTest {

  @Test
  void percentagesBecomeFractions() {
    assertEquals(List.of(0.95, 0.998), ConfidenceLevels.of(95, 99.8).fractions());
    assertEquals(ConfidenceLevels.STANDARD, ConfidenceLevels.of(0.95, 99.8));
  }

  @Test
  void estimatesAreLookedUpByEitherForm() {
    Estimate estimate = Proportions.of(65, 100, 1, ConfidenceLevels.STANDARD);
    assertEquals(estimate.lower(0.998), estimate.lower(99.8));
  }

  @Test
  void rejectsLevelsOutsideTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConfidenceLevels.of(0.8));
    assertEquals(
        "confidence level 0.8 must be between 0.9 and 1, or between 90 and 100", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLevels.of(101));
    assertThrows(IllegalArgumentException.class, () -> ConfidenceLevels.of(0.95, 95));
    assertThrows(IllegalArgumentException.class, ConfidenceLevels::of);
  }
}
