package outcomes.app.calc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import outcomes.ingest.Row;
import outcomes.model.Location;
import outcomes.model.OutcomesException;

/**
 * The groups of the input, in the order they first appear, each with what its method gathers from
 * its rows. Rows of a group need not be next to each other. Only the groups are held.
 */
final class Groups<A> {
  private final List<Column> columns;
  private final Supplier<A> start;
  private final Map<List<String>, Group<A>> groups = new LinkedHashMap<>();

  Groups(List<Column> columns, Supplier<A> start) {
    this.columns = List.copyOf(columns);
    this.start = start;
  }

  /** The group the row belongs to, started if it is new. */
  Group<A> of(String file, Row row) {
    List<String> key = key(row);
    return groups.computeIfAbsent(
        key, k -> new Group<>(k, describe(k), new Location(file, row.line(), 0), start.get()));
  }

  List<String> key(Row row) {
    List<String> key = new ArrayList<>(columns.size());
    for (Column c : columns) {
      key.add(row.cell(c.index()));
    }
    return List.copyOf(key);
  }

  Collection<Group<A>> all() {
    return groups.values();
  }

  private String describe(List<String> key) {
    if (columns.isEmpty()) {
      return "all rows";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      parts.add(columns.get(i).name() + "=" + key.get(i));
    }
    return String.join(", ", parts);
  }

  /**
   * One group.
   *
   * @param key the group columns' cells, as the input wrote them
   * @param name the group as messages name it, such as "area=A, sex=Male"
   * @param first where its first row is
   * @param data what its method gathers
   */
  record Group<A>(List<String> key, String name, Location first, A data) {
    /** A problem with the group as a whole, reported at its first row. */
    OutcomesException error(Column c, String message) {
      Location at = c == null ? first : first.atColumn(c.number());
      return OutcomesException.badInput(at, "group " + name + ": " + message);
    }
  }
}
