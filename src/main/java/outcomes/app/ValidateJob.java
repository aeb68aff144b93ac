package outcomes.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import outcomes.catalogue.BoundaryReader;
import outcomes.catalogue.CatalogueReader;
import outcomes.model.Problem;

/** Checks the catalogue and every data and boundary file it names, collecting all problems. */
public final class ValidateJob {
  /** What was checked and what is wrong: errors, and the data-quality policy's warnings. */
  public record Result(int indicators, int files, long observations, List<Problem> problems) {
    /** No errors: the data can be used (warnings only say where a publisher was untidy). */
    public boolean clean() {
      return errors() == 0;
    }

    public long errors() {
      return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
      return problems.size() - errors();
    }
  }

  private ValidateJob() {}

  public static Result run(Path indicatorsDir, Path dataDir) {
    CatalogueReader.Result cat = CatalogueReader.read(indicatorsDir);
    List<Problem> problems = new ArrayList<>(cat.problems());
    if (cat.catalogue() == null) {
      return new Result(0, 0, 0, problems);
    }
    DataLoader.Result data = DataLoader.load(cat.catalogue(), dataDir);
    problems.addAll(data.problems());
    // the maps' boundaries too, so a file report would refuse is found here first
    problems.addAll(
        BoundaryReader.read(cat.catalogue().framework(), dataDir, data.areas()).problems());
    long observations = data.indicators().stream().mapToLong(d -> d.observations().size()).sum();
    return new Result(cat.catalogue().indicators().size(), data.files(), observations, problems);
  }
}
