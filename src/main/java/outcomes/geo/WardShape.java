package outcomes.geo;

import java.util.List;
import java.util.Objects;
import outcomes.model.Area;

/**
 * A ward's boundary: its area as the ward lookups name it (code, name, borough, boundary set) and
 * its rings, every polygon's outer edge and holes, to be filled with the even-odd rule.
 *
 * @param source the attribution of the file it came from, printed under a map that draws it
 */
public record WardShape(Area ward, String source, List<Ring> rings) {
  public WardShape {
    Objects.requireNonNull(ward, "ward");
    source = source == null ? "" : source.strip();
    rings = List.copyOf(rings);
    if (rings.isEmpty()) {
      throw new IllegalArgumentException(ward.code() + ": a ward's boundary needs a ring");
    }
  }

  public String code() {
    return ward.code();
  }
}
