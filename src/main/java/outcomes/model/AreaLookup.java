package outcomes.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The areas the catalogue knows by code: the framework's areas and the wards of both boroughs in
 * every boundary set. A code selects exactly one area. A name may match areas in several boundary
 * sets (Westbourne is E05000648 before 2022 and E05013809 since); it then resolves to the one in a
 * current set, with a one-line note saying so, which the caller shows.
 */
public final class AreaLookup {
  public static final AreaLookup EMPTY = new AreaLookup(List.of(), Set.of());

  private final Map<String, Area> byCode = new LinkedHashMap<>();
  private final Map<String, List<Area>> byName = new LinkedHashMap<>();
  private final Set<String> currentSets;
  private final Map<String, Integer> lastYears;

  /**
   * @param areas every known area, each code once
   * @param currentSets the boundary sets in use now; an area with no boundary set counts as current
   */
  public AreaLookup(List<Area> areas, Set<String> currentSets) {
    this(areas, currentSets, Map.of());
  }

  /**
   * @param lastYears the last year each ended boundary set was in use (in_use_until)
   */
  public AreaLookup(List<Area> areas, Set<String> currentSets, Map<String, Integer> lastYears) {
    this.currentSets = Set.copyOf(currentSets);
    this.lastYears = Map.copyOf(lastYears);
    for (Area a : areas) {
      if (byCode.putIfAbsent(a.code(), a) != null) {
        throw new IllegalArgumentException("the area code " + a.code() + " is listed twice");
      }
      byName.computeIfAbsent(AreaNames.key(a.name()), k -> new ArrayList<>()).add(a);
    }
  }

  /** A name resolved to one area, and the note to show when the name was ambiguous ("" if not). */
  public record Resolved(Area area, String note) {
    public Resolved {
      note = note == null ? "" : note;
    }

    public boolean hasNote() {
      return !note.isEmpty();
    }
  }

  public List<Area> areas() {
    return List.copyOf(byCode.values());
  }

  public Optional<Area> byCode(String code) {
    return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** Every area whose name matches, in any boundary set ("&" and "and" alike, and so on). */
  public List<Area> named(String name) {
    return List.copyOf(byName.getOrDefault(AreaNames.key(name), List.of()));
  }

  /**
   * The last year an ended boundary set was in use; empty for a current set or an area without one.
   */
  public Optional<Integer> lastYear(Area a) {
    return Optional.ofNullable(lastYears.get(a.boundarySet()));
  }

  /** Whether the lookups list wards at all: only then is an unknown ward code a sign of trouble. */
  public boolean hasWards() {
    return byCode.values().stream().anyMatch(a -> !a.boundarySet().isEmpty());
  }

  public boolean isCurrent(Area a) {
    return a.boundarySet().isEmpty() || currentSets.contains(a.boundarySet());
  }

  /**
   * The area a person means by a code or a name.
   *
   * @throws IllegalArgumentException when nothing matches, or the name is ambiguous within the
   *     current sets: the message says what to give instead
   */
  public Resolved resolve(String nameOrCode) {
    String q = nameOrCode == null ? "" : nameOrCode.strip();
    Optional<Area> coded = byCode(q);
    if (coded.isPresent()) {
      return new Resolved(coded.get(), "");
    }
    List<Area> all = named(q);
    if (all.isEmpty()) {
      throw new IllegalArgumentException(
          "no area is called or coded '"
              + q
              + "': give an area code (such as E05013809) or a name from the ward lookup");
    }
    if (all.size() == 1) {
      return new Resolved(all.get(0), "");
    }
    List<Area> current = all.stream().filter(this::isCurrent).toList();
    if (current.size() != 1) {
      throw new IllegalArgumentException(
          "'"
              + q
              + "' names "
              + all.size()
              + " areas ("
              + list(all)
              + "): give the code of the one you mean");
    }
    Area chosen = current.get(0);
    List<Area> others = all.stream().filter(a -> a != chosen).toList();
    return new Resolved(
        chosen,
        "'"
            + q
            + "' names "
            + all.size()
            + " areas: taking "
            + describe(chosen)
            + ", the current boundaries; give "
            + codes(others)
            + " for "
            + (others.size() == 1 ? "the other" : "the others"));
  }

  /**
   * The lookup's own record of an area a source names by code: its name, type, parent and boundary
   * set, each falling back to the source's where the lookup has none. An area the lookup does not
   * know keeps the source's details, its name tidied.
   */
  public Area canonical(Area fromSource) {
    Area known = byCode.get(fromSource.code());
    if (known == null) {
      return new Area(
          fromSource.code(),
          AreaNames.clean(fromSource.name()),
          fromSource.type(),
          fromSource.parentCode(),
          fromSource.boundarySet());
    }
    return new Area(
        known.code(),
        or(known.name(), AreaNames.clean(fromSource.name())),
        or(known.type(), fromSource.type()),
        or(known.parentCode(), fromSource.parentCode()),
        or(known.boundarySet(), fromSource.boundarySet()));
  }

  private static String or(String preferred, String fallback) {
    return preferred.isEmpty() ? fallback : preferred;
  }

  private static String describe(Area a) {
    return a.name()
        + " "
        + (a.boundarySet().isEmpty()
            ? "(" + a.code() + ")"
            : "(" + a.code() + ", " + a.boundarySet() + ")");
  }

  private static String list(List<Area> areas) {
    return String.join("; ", areas.stream().map(AreaLookup::describe).toList());
  }

  private static String codes(List<Area> areas) {
    return String.join(
        " or ",
        areas.stream()
            .map(a -> a.code() + (a.boundarySet().isEmpty() ? "" : " (" + a.boundarySet() + ")"))
            .toList());
  }
}
