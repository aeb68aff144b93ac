package outcomes.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The strategy an outcomes framework reports on: its outcomes and ambitions by number, the areas it
 * covers (the boroughs) and the areas it compares them with, with their names, and the ward lookups
 * (files under the data folder) that name the boroughs' wards in each boundary set, and the
 * headline gaps between areas that the report charts, and the files of ward boundaries the maps are
 * drawn on.
 *
 * @param baselineDate when the strategy began: progress is measured from the latest period of each
 *     indicator published before it, unless the indicator file names its baseline
 * @param author who the reports are by, as their document properties and cover name them ("" when
 *     framework.yaml does not say)
 * @param contact who answers questions about the reports, if framework.yaml names them
 */
public record Framework(
    String title,
    SortedMap<Integer, String> outcomes,
    SortedMap<Integer, String> ambitions,
    List<String> focusAreas,
    List<Area> areas,
    List<String> wardLookups,
    Location wardLookupsAt,
    List<GapPair> headlineGaps,
    Optional<java.time.LocalDate> baselineDate,
    List<BoundaryFile> wardBoundaries,
    String author,
    Optional<Contact> contact) {

  public Framework {
    outcomes = new TreeMap<>(outcomes);
    ambitions = new TreeMap<>(ambitions);
    focusAreas = List.copyOf(focusAreas);
    areas = List.copyOf(areas);
    wardLookups = List.copyOf(wardLookups);
    headlineGaps = List.copyOf(headlineGaps);
    baselineDate = baselineDate == null ? Optional.empty() : baselineDate;
    wardBoundaries = wardBoundaries == null ? List.of() : List.copyOf(wardBoundaries);
    author = author == null ? "" : author.strip();
    contact = contact == null ? Optional.empty() : contact;
  }

  /** A framework without ward lookups. */
  public Framework(
      String title,
      SortedMap<Integer, String> outcomes,
      SortedMap<Integer, String> ambitions,
      List<String> focusAreas,
      List<Area> areas) {
    this(
        title,
        outcomes,
        ambitions,
        focusAreas,
        areas,
        List.of(),
        null,
        List.of(),
        Optional.empty(),
        List.of(),
        "",
        Optional.empty());
  }

  public Optional<Area> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  public Map<Integer, String> outcomeTitles() {
    return outcomes;
  }
}
