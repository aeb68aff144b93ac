package outcomes.app.calc;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A DSR standardised by age must use the same bands in every group, with none missing between the
 * youngest and the oldest: a band left out by mistake would otherwise change the rate silently. (An
 * age-restricted rate, such as under 75, simply leaves out the oldest bands.)
 */
final class BandCoverage {
  private BandCoverage() {}

  static <A> void check(
      Collection<Groups.Group<A>> groups,
      Function<Groups.Group<A>, Set<Integer>> startAges,
      StandardWeights standard,
      Column age) {
    List<Integer> all = standard.startAges();
    Groups.Group<A> first = null;
    TreeSet<Integer> firstAges = null;
    for (Groups.Group<A> g : groups) {
      TreeSet<Integer> ages = new TreeSet<>(startAges.apply(g));
      int from = all.indexOf(ages.first());
      int to = all.indexOf(ages.last());
      for (int i = from; i <= to; i++) {
        if (!ages.contains(all.get(i))) {
          throw g.error(
              age,
              "no row for the band starting at age "
                  + all.get(i)
                  + ": give every"
                  + " band from the youngest to the oldest, with a count of 0 where there were none");
        }
      }
      if (first == null) {
        first = g;
        firstAges = ages;
      } else if (!ages.equals(firstAges)) {
        throw g.error(
            age,
            "its bands run from age "
                + ages.first()
                + " to "
                + ages.last()
                + " but those of group "
                + first.name()
                + " from "
                + firstAges.first()
                + " to "
                + firstAges.last()
                + ": every group needs the same bands");
      }
    }
  }
}
