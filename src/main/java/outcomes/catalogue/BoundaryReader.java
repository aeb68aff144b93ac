package outcomes.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import outcomes.geo.Ring;
import outcomes.geo.WardBoundaries;
import outcomes.geo.WardShape;
import outcomes.model.Area;
import outcomes.model.AreaLookup;
import outcomes.model.BoundaryFile;
import outcomes.model.Framework;
import outcomes.model.Location;
import outcomes.model.Problem;
import outcomes.model.Severity;

/**
 * Reads the ward boundaries framework.yaml names: GeoJSON FeatureCollections in longitude and
 * latitude, one Polygon or MultiPolygon feature a ward, matched to the ward lookups by the code in
 * the property each file names. A file with a problem gives no boundary at all, so no map is drawn
 * from half a file; every problem names the file, line and column, and says what to do.
 */
public final class BoundaryReader {
  /** The bundled files are 17 to 41 KB; a larger one is not a generalised borough file. */
  static final long MAX_BYTES = 4L << 20;

  /** Names GeoJSON files give longitude and latitude on WGS84 by (RFC 7946, and the legacy crs). */
  private static final Set<String> LON_LAT =
      Set.of(
          "urn:ogc:def:crs:OGC:1.3:CRS84",
          "urn:ogc:def:crs:OGC::CRS84",
          "urn:ogc:def:crs:EPSG::4326",
          "EPSG:4326",
          "CRS84");

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The boundaries, and what is wrong with the files they were read from. */
  public record Result(WardBoundaries boundaries, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final AreaLookup lookup;
  private final List<Problem> problems = new ArrayList<>();
  private final List<WardShape> shapes = new ArrayList<>();
  private final Map<String, Location> seen = new HashMap<>();

  private BoundaryReader(AreaLookup lookup) {
    this.lookup = lookup;
  }

  public static Result read(Framework framework, Path dataDir, AreaLookup lookup) {
    BoundaryReader r = new BoundaryReader(lookup);
    for (BoundaryFile f : framework.wardBoundaries()) {
      r.readFile(f, dataDir.resolve(f.file()));
    }
    return new Result(new WardBoundaries(r.shapes), r.problems);
  }

  private void readFile(BoundaryFile declared, Path path) {
    String name = path.toString();
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        problems.add(
            new Problem(
                declared.at(),
                "the ward boundary file "
                    + path
                    + " does not exist"
                    + " (or is not a file): give a GeoJSON file under the data folder, or take it out of framework.yaml"));
        return;
      }
      if (Files.size(path) > MAX_BYTES) {
        problems.add(
            new Problem(
                Location.of(name),
                "is larger than "
                    + (MAX_BYTES >> 20)
                    + " MB: a borough's"
                    + " ward boundaries are a few dozen KB once generalised (mapshaper -simplify, or ONS's BGC files)"));
        return;
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      problems.add(new Problem(Location.of(name), "cannot be read: " + e.getMessage()));
      return;
    }
    FileParse parse = new FileParse(name, declared);
    try (JsonParser p = FACTORY.createParser(bytes)) {
      parse.collection(p);
    } catch (JsonProcessingException e) {
      parse.fail(e);
    } catch (IOException e) {
      problems.add(new Problem(Location.of(name), "cannot be read: " + e.getMessage()));
      return;
    }
    if (parse.problem != null) {
      problems.add(parse.problem);
      return;
    }
    for (Feature f : parse.features) {
      place(declared, f);
    }
  }

  /** A ward the lookups know, once: its area and set come from the lookup, not the file. */
  private void place(BoundaryFile declared, Feature f) {
    Optional<Area> ward = lookup.byCode(f.code);
    if (ward.isEmpty() || ward.get().boundarySet().isEmpty()) {
      problems.add(
          new Problem(
              f.at,
              "the ward "
                  + f.code
                  + " is in no ward lookup, so its boundary set is"
                  + " not known and it is not drawn: add it to a ward lookup, or leave it out of the file",
              Severity.WARNING));
      return;
    }
    Location first = seen.putIfAbsent(f.code, f.at);
    if (first != null) {
      problems.add(
          new Problem(
              f.at,
              "the ward "
                  + f.code
                  + " also has a boundary at "
                  + first
                  + ": a ward has one boundary; take one out"));
      return;
    }
    shapes.add(new WardShape(ward.get(), declared.source(), f.rings));
  }

  private record Feature(String code, Location at, List<Ring> rings) {}

  /** One file's features, or its first problem (then none of its features is used). */
  private static final class FileParse {
    private final String name;
    private final BoundaryFile declared;
    private final List<Feature> features = new ArrayList<>();
    private Problem problem;

    FileParse(String name, BoundaryFile declared) {
      this.name = name;
      this.declared = declared;
    }

    private Location at(JsonParser p) {
      JsonLocation l = p.currentTokenLocation();
      return new Location(name, l.getLineNr(), l.getColumnNr());
    }

    private void problem(Location at, String message) {
      if (problem == null) {
        problem = new Problem(at, message);
      }
    }

    void fail(JsonProcessingException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof CharConversionException) {
          problem(Location.of(name), "is not UTF-8 text: GeoJSON is UTF-8");
          return;
        }
      }
      JsonLocation l = e.getLocation();
      problem(
          new Location(name, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr()),
          "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }

    /** {"type": "FeatureCollection", "crs": …, "features": [ … ]}, members in any order. */
    void collection(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problem(at(p), "is not GeoJSON: a ward boundary file is a FeatureCollection object");
        return;
      }
      Location start = at(p);
      String type = null;
      boolean hasFeatures = false;
      while (problem == null && p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "type":
            type = value == JsonToken.VALUE_STRING ? p.getText() : "";
            break;
          case "crs":
            crs(p);
            break;
          case "features":
            hasFeatures = true;
            features(p);
            break;
          default:
            p.skipChildren();
        }
      }
      if (problem == null && !"FeatureCollection".equals(type)) {
        problem(
            start,
            "is not a GeoJSON FeatureCollection (its type is "
                + (type == null ? "missing" : "'" + type + "'")
                + "): a ward boundary file is a FeatureCollection of ward features");
      } else if (problem == null && !hasFeatures) {
        problem(start, "has no 'features': a ward boundary file lists its wards as features");
      }
    }

    /** A legacy crs member: only longitude and latitude on WGS84 are drawn. */
    private void crs(JsonParser p) throws IOException {
      Location at = at(p);
      String crs = "";
      if (p.currentToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if (field.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              if (key.equals("name") && p.currentToken() == JsonToken.VALUE_STRING) {
                crs = p.getText().strip();
              } else {
                p.skipChildren();
              }
            }
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
      if (!crs.isEmpty() && !LON_LAT.contains(crs)) {
        problem(
            at,
            "the boundaries are in "
                + crs
                + ", not longitude and latitude: convert the file to"
                + " WGS84 (EPSG:4326) first, for example with ogr2ogr -t_srs EPSG:4326");
      }
    }

    private void features(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        problem(at(p), "'features' must be a list of ward features");
        p.skipChildren();
        return;
      }
      while (problem == null && p.nextToken() != JsonToken.END_ARRAY) {
        feature(p);
      }
    }

    /** {"type": "Feature", "properties": {CODE: …}, "geometry": {…}}, members in any order. */
    private void feature(JsonParser p) throws IOException {
      Location at = at(p);
      if (p.currentToken() != JsonToken.START_OBJECT) {
        problem(at, "a feature must be an object with properties and geometry");
        return;
      }
      String code = null;
      Geometry geometry = null;
      while (problem == null && p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
          code = code(p);
        } else if (field.equals("geometry") && p.currentToken() == JsonToken.START_OBJECT) {
          geometry = geometry(p);
        } else {
          p.skipChildren();
        }
      }
      if (problem != null) {
        return;
      }
      if (code == null || code.isBlank()) {
        problem(
            at,
            "a feature has no "
                + declared.codeProperty()
                + " property: name the property that"
                + " holds the ward code with 'code:' under ward-boundaries in framework.yaml");
      } else if (geometry == null) {
        problem(
            at,
            "the ward "
                + code
                + " has no geometry: give its boundary as a Polygon or MultiPolygon");
      } else {
        String ward = code.strip();
        geometry.rings(ward).ifPresent(rings -> features.add(new Feature(ward, at, rings)));
      }
    }

    /** The code property's value; other properties are passed over. */
    private String code(JsonParser p) throws IOException {
      String code = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (key.equals(declared.codeProperty()) && value == JsonToken.VALUE_STRING) {
          code = p.getText();
        } else {
          p.skipChildren();
        }
      }
      return code;
    }

    private Geometry geometry(JsonParser p) throws IOException {
      Geometry g = new Geometry(at(p));
      while (problem == null && p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("type") && value == JsonToken.VALUE_STRING) {
          g.type = p.getText();
        } else if (field.equals("coordinates") && value == JsonToken.START_ARRAY) {
          g.coordinates = coordinates(p, 1);
        } else {
          p.skipChildren();
        }
      }
      return g;
    }

    /**
     * Nested lists down to positions, each position read as [longitude, latitude] (a third number,
     * a height, is passed over). Nesting deeper than a MultiPolygon's is refused.
     */
    private Object coordinates(JsonParser p, int depth) throws IOException {
      Location at = at(p);
      if (depth > 4) {
        problem(
            at,
            "coordinates nested deeper than a MultiPolygon's: a ward is a Polygon or MultiPolygon");
        p.skipChildren();
        return null;
      }
      List<Object> items = new ArrayList<>();
      List<Double> numbers = new ArrayList<>();
      for (JsonToken t = p.nextToken();
          t != JsonToken.END_ARRAY && problem == null;
          t = p.nextToken()) {
        if (t == JsonToken.START_ARRAY) {
          items.add(coordinates(p, depth + 1));
        } else if (t.isNumeric()) {
          numbers.add(p.getDoubleValue());
        } else {
          problem(at(p), "a coordinate must be a number");
          p.skipChildren();
        }
      }
      if (numbers.isEmpty()) {
        return items;
      }
      if (!items.isEmpty() || numbers.size() < 2) {
        problem(at, "a position is [longitude, latitude]");
        return null;
      }
      double lon = numbers.get(0);
      double lat = numbers.get(1);
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
        problem(
            at,
            "the position ["
                + numbers.get(0)
                + ", "
                + numbers.get(1)
                + "] is not a longitude and"
                + " latitude (British National Grid eastings and northings?): convert the file to WGS84"
                + " (EPSG:4326) first, for example with ogr2ogr -t_srs EPSG:4326");
        return null;
      }
      return new double[] {lon, lat};
    }

    /** A geometry as read, turned into rings once its type is known. */
    private final class Geometry {
      private final Location at;
      private String type = "";
      private Object coordinates;

      Geometry(Location at) {
        this.at = at;
      }

      Optional<List<Ring>> rings(String code) {
        List<Ring> rings = new ArrayList<>();
        if (type.equals("Polygon") && coordinates instanceof List<?> polygon) {
          polygon(polygon, rings);
        } else if (type.equals("MultiPolygon") && coordinates instanceof List<?> polygons) {
          for (Object polygon : polygons) {
            if (polygon instanceof List<?> l) {
              polygon(l, rings);
            } else {
              rings.clear();
              break;
            }
          }
        } else {
          problem(
              at,
              "the ward "
                  + code
                  + " is a "
                  + (type.isEmpty() ? "geometry without a type" : type)
                  + ": a ward's boundary is a Polygon or MultiPolygon with coordinates");
          return Optional.empty();
        }
        if (problem == null && rings.isEmpty()) {
          problem(
              at, "the ward " + code + "'s " + type + " has no rings of four or more positions");
        }
        return problem == null ? Optional.of(rings) : Optional.empty();
      }

      private void polygon(List<?> polygon, List<Ring> rings) {
        for (Object ring : polygon) {
          if (!(ring instanceof List<?> positions)
              || positions.size() < 4
              || !positions.stream().allMatch(q -> q instanceof double[])) {
            problem(
                at,
                "a ring of a Polygon is a list of four or more positions, the last the same as the first");
            return;
          }
          double[] lonLat = new double[positions.size() * 2];
          for (int i = 0; i < positions.size(); i++) {
            double[] q = (double[]) positions.get(i);
            lonLat[2 * i] = q[0];
            lonLat[2 * i + 1] = q[1];
          }
          rings.add(new Ring(lonLat));
        }
      }
    }
  }
}
