package outcomes.model;

import java.util.OptionalInt;

/** Who publishes an indicator and where, with its Fingertips id where it has one. */
public record Source(String name, String link, OptionalInt fingertipsId, String licence) {
  public Source {
    name = name.strip();
    link = link == null ? "" : link.strip();
    licence = licence == null ? "" : licence.strip();
  }
}
