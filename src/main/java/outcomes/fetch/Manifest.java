package outcomes.fetch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The record of every extract fetched into one folder, one entry per indicator, in id order. */
public record Manifest(List<ManifestEntry> entries) {
  public static final Manifest EMPTY = new Manifest(List.of());

  public Manifest {
    List<ManifestEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(ManifestEntry::indicator));
    Set<String> seen = new HashSet<>();
    for (ManifestEntry e : sorted) {
      if (!seen.add(e.indicator())) {
        throw new IllegalArgumentException(
            "the indicator " + e.indicator() + " is in the manifest twice");
      }
    }
    entries = List.copyOf(sorted);
  }

  public Optional<ManifestEntry> entry(String indicator) {
    return entries.stream().filter(e -> e.indicator().equals(indicator)).findFirst();
  }

  /** This manifest with the indicator's entry replaced (or added). */
  public Manifest with(ManifestEntry entry) {
    List<ManifestEntry> out = new ArrayList<>();
    for (ManifestEntry e : entries) {
      if (!e.indicator().equals(entry.indicator())) {
        out.add(e);
      }
    }
    out.add(entry);
    return new Manifest(out);
  }
}
