package outcomes.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import outcomes.csv.CsvRowSource;
import outcomes.ingest.Row;
import outcomes.model.Area;
import outcomes.model.AreaLookup;
import outcomes.model.Framework;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;

/**
 * Builds the area lookup from the framework's areas and the ward lookups it names. A ward lookup is
 * a CSV file under the data folder with the columns {@code ward_code, ward_name, borough_code,
 * boundary_set, in_use_until}; a set whose {@code in_use_until} is empty is current.
 */
public final class AreaLookupReader {
  static final List<String> COLUMNS =
      List.of("ward_code", "ward_name", "borough_code", "boundary_set", "in_use_until");

  /** The lookup, and what is wrong with the files it was built from. */
  public record Result(AreaLookup lookup, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final List<Problem> problems = new ArrayList<>();
  private final List<Area> areas = new ArrayList<>();
  private final Map<String, Location> seen = new HashMap<>();
  private final Map<String, Boolean> setIsCurrent = new HashMap<>();
  private final Map<String, Integer> lastYears = new HashMap<>();

  private AreaLookupReader() {}

  public static Result read(Framework framework, Path dataDir) {
    AreaLookupReader r = new AreaLookupReader();
    Location declared = framework.wardLookupsAt();
    for (Area a : framework.areas()) {
      r.add(a, Location.of(CatalogueReader.FRAMEWORK_FILE));
    }
    for (String file : framework.wardLookups()) {
      Path path = dataDir.resolve(file);
      if (!Files.isRegularFile(path)) {
        r.problems.add(new Problem(declared, "the ward lookup " + path + " does not exist"));
        continue;
      }
      try {
        r.readFile(path);
      } catch (OutcomesException e) {
        r.problems.add(new Problem(e.location(), e.getMessage()));
      }
    }
    Set<String> current = new HashSet<>();
    r.setIsCurrent.forEach(
        (set, isCurrent) -> {
          if (isCurrent) {
            current.add(set);
          }
        });
    return new Result(new AreaLookup(r.areas, current, r.lastYears), r.problems);
  }

  private void readFile(Path path) {
    try (CsvRowSource rows = CsvRowSource.open(path, "UTF-8", 1)) {
      int[] col = columns(rows);
      int wards = 0;
      for (Row row = rows.next(); row != null; row = rows.next()) {
        wards++;
        Location at = new Location(rows.file(), row.line(), 0);
        String code = row.cell(col[0]).strip();
        String set = row.cell(col[3]).strip();
        if (code.isEmpty() || set.isEmpty()) {
          problems.add(new Problem(at, "a ward needs its code and boundary set"));
          continue;
        }
        boolean isCurrent = row.cell(col[4]).isBlank();
        if (!isCurrent) {
          try {
            lastYears.merge(set, Integer.parseInt(row.cell(col[4]).strip()), Math::max);
          } catch (NumberFormatException e) {
            problems.add(
                new Problem(
                    new Location(rows.file(), row.line(), col[4] + 1),
                    "in_use_until '"
                        + row.cell(col[4]).strip()
                        + "' is not a year: give the last year the ward was in use, or leave it empty"));
          }
        }
        Boolean before = setIsCurrent.putIfAbsent(set, isCurrent);
        if (before != null && before != isCurrent) {
          problems.add(
              new Problem(
                  at,
                  "the boundary set '"
                      + set
                      + "' is given both as current"
                      + " and as ended: give every ward of a set the same in_use_until"));
        }
        add(new Area(code, row.cell(col[1]), "Ward", row.cell(col[2]), set), at);
      }
      if (wards == 0) {
        // every ward figure would then be read as an unknown area, and no ward table drawn
        problems.add(
            new Problem(
                new Location(rows.file(), rows.headerLine(), 0),
                "the ward lookup has a header but no wards: give it its rows, or take it out of framework.yaml"));
      }
    }
  }

  private static int[] columns(CsvRowSource rows) {
    int[] out = new int[COLUMNS.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.header().indexOf(COLUMNS.get(i));
      if (out[i] < 0) {
        throw OutcomesException.badInput(
            new Location(rows.file(), rows.headerLine(), 0),
            "a ward lookup needs the columns "
                + String.join(", ", COLUMNS)
                + "; '"
                + COLUMNS.get(i)
                + "' is missing");
      }
    }
    return out;
  }

  private void add(Area a, Location at) {
    Location first = seen.putIfAbsent(a.code(), at);
    if (first != null) {
      problems.add(
          new Problem(
              at,
              "the area code "
                  + a.code()
                  + " is also listed at "
                  + first
                  + ": a code names one area"));
      return;
    }
    areas.add(a);
  }
}
