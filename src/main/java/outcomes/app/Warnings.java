package outcomes.app;

import java.util.List;
import java.util.function.Consumer;
import outcomes.model.Problem;

/**
 * How every command says the data-quality policy's warnings: the first ten, one line each
 * ("file:line:column: warning: …"), then how many more there are and where to see them, so a run
 * never hides them and never floods its log.
 */
public final class Warnings {
  static final int SHOWN = 10;

  private Warnings() {}

  /**
   * Says the first of {@code listed}, and {@code total} less those in one line more.
   *
   * @param where where the rest are seen: "run outcomes validate", "counted in the summary"
   */
  public static void say(List<Problem> listed, long total, String where, Consumer<String> out) {
    int shown = Math.min(listed.size(), SHOWN);
    for (int i = 0; i < shown; i++) {
      out.accept(listed.get(i).toString());
    }
    if (total > shown) {
      out.accept(
          "and " + (total - shown) + " more warnings" + (where.isEmpty() ? "" : ": " + where));
    }
  }
}
