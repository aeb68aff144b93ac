package outcomes.geo;

import java.util.List;

/**
 * Longitude and latitude onto a flat map of a borough: an equirectangular projection with longitude
 * scaled by the cosine of the middle latitude, x east and y north, in degrees of latitude. Over a
 * borough (6 km) it keeps shapes and distances within about 0.1% of the National Grid's, well under
 * a line's width on a printed map, and it needs no datum shift.
 */
public final class LocalProjection {
  private final double cosLat;
  private final double minX;
  private final double maxX;
  private final double minY;
  private final double maxY;

  private LocalProjection(double cosLat, double minX, double maxX, double minY, double maxY) {
    this.cosLat = cosLat;
    this.minX = minX;
    this.maxX = maxX;
    this.minY = minY;
    this.maxY = maxY;
  }

  /** The projection for these rings (a map's wards), with their extent. */
  public static LocalProjection around(List<Ring> rings) {
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    for (Ring r : rings) {
      for (int i = 0; i < r.size(); i++) {
        minLon = Math.min(minLon, r.lon(i));
        maxLon = Math.max(maxLon, r.lon(i));
        minLat = Math.min(minLat, r.lat(i));
        maxLat = Math.max(maxLat, r.lat(i));
      }
    }
    if (minLon > maxLon) {
      return new LocalProjection(1, 0, 1, 0, 1);
    }
    double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    return new LocalProjection(cos, minLon * cos, maxLon * cos, minLat, maxLat);
  }

  /** East of the western edge. */
  public double x(double lon) {
    return lon * cosLat - minX;
  }

  /** North of the southern edge. */
  public double y(double lat) {
    return lat - minY;
  }

  public double width() {
    return maxX - minX;
  }

  public double height() {
    return maxY - minY;
  }
}
