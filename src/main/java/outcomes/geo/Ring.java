package outcomes.geo;

import java.util.Arrays;

/**
 * One closed ring of a ward's boundary: an outer edge or a hole, as longitude and latitude
 * positions in order, the last the same as the first (GeoJSON's linear ring). Immutable.
 */
public final class Ring {
  private final double[] lonLat;

  /**
   * @param lonLat longitude, latitude, longitude, latitude…: at least four positions
   */
  public Ring(double[] lonLat) {
    if (lonLat.length % 2 != 0 || lonLat.length < 8) {
      throw new IllegalArgumentException(
          "a ring needs at least four positions of longitude and latitude");
    }
    for (int i = 0; i < lonLat.length; i += 2) {
      if (!(Math.abs(lonLat[i]) <= 180 && Math.abs(lonLat[i + 1]) <= 90)) {
        throw new IllegalArgumentException(
            "(" + lonLat[i] + ", " + lonLat[i + 1] + ") is not a longitude and latitude");
      }
    }
    this.lonLat = lonLat.clone();
  }

  /** The number of positions. */
  public int size() {
    return lonLat.length / 2;
  }

  public double lon(int i) {
    return lonLat[2 * i];
  }

  public double lat(int i) {
    return lonLat[2 * i + 1];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ring r && Arrays.equals(lonLat, r.lonLat);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(lonLat);
  }
}
