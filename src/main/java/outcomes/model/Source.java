package outcomes.model;

import java.util.OptionalInt;

/**
 * Who publishes an indicator and where, with its Fingertips id where it has one. The Fingertips
 * area types say which geography {@code outcomes fetch} asks for (child areas and their parents);
 * when absent the fetch uses its documented defaults.
 */
public record Source(
    String name,
    String link,
    OptionalInt fingertipsId,
    String licence,
    OptionalInt fingertipsAreaType,
    OptionalInt fingertipsParentAreaType) {
  public Source {
    name = name.strip();
    link = link == null ? "" : link.strip();
    licence = licence == null ? "" : licence.strip();
    fingertipsAreaType = fingertipsAreaType == null ? OptionalInt.empty() : fingertipsAreaType;
    fingertipsParentAreaType =
        fingertipsParentAreaType == null ? OptionalInt.empty() : fingertipsParentAreaType;
  }

  /** A source without Fingertips area types. */
  public Source(String name, String link, OptionalInt fingertipsId, String licence) {
    this(name, link, fingertipsId, licence, OptionalInt.empty(), OptionalInt.empty());
  }
}
