package outcomes.model;

import java.util.Objects;

/**
 * A file of ward boundaries the framework names (GeoJSON under the data folder, longitude and
 * latitude): which feature property holds the ward code, by which each boundary is matched to the
 * ward lookups and so to its boundary set, and the attribution its licence asks for, printed under
 * every map drawn from it.
 *
 * @param file the path under the data folder
 * @param codeProperty the feature property holding the ward code ("WD25CD")
 * @param source who made the boundaries and on what licence
 * @param at where framework.yaml names it, for a problem with the file as a whole
 */
public record BoundaryFile(String file, String codeProperty, String source, Location at) {
  public BoundaryFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(codeProperty, "codeProperty");
    source = source == null ? "" : source.strip();
  }
}
