package outcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import outcomes.app.FetchJob;
import outcomes.app.Warnings;
import outcomes.fetch.FetchListener;
import outcomes.freshness.ReleaseChanges;
import outcomes.model.Indicator;
import outcomes.model.OutcomesException;
import outcomes.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * outcomes update: fetch every Fingertips indicator into the catalogue's data, checked, and say
 * what changed.
 */
@Command(
    name = "update",
    header = "Fetch the Fingertips extracts into the data; say what changed.",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch the Fingertips extract of every catalogue indicator with a source.fingertips-id (or"
          + " of those named) into DATA/fetched/ID.csv, where report, paper and validate read it as"
          + " one more real source.",
      "Each new extract is checked as fetch checks it and then as validate checks the catalogue's"
          + " data with it in place; only one that passes replaces the current extract, which moves"
          + " to DATA/fetched/history/ID/<retrieved>.csv. Prints, per indicator, what changed: new"
          + " periods, figures revised beyond rounding, areas added or gone, or no change.",
      "Exit codes: 0 updated or nothing new; 65 a new extract failed its checks (the current one"
          + " stays); 75 the server failed (nothing changed). Schedule it as"
          + " `outcomes update && outcomes paper --quiet`."
    },
    footer = {
      "%nExamples:",
      "  outcomes update",
      "  outcomes update --indicator life-expectancy --format json",
      "  outcomes update --keep 5 --quiet && outcomes report --quiet"
    })
final class UpdateCommand implements Callable<Integer> {
  @Mixin FetchOptions fetch;

  @Mixin CatalogueOptions catalogue;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  /** One indicator's line of the report, as JSON writes it. */
  record Item(
      String indicator,
      String status,
      String summary,
      List<String> newPeriods,
      List<String> periodsGone,
      List<ReleaseChanges.Revision> revisions,
      List<String> areasAdded,
      List<String> areasGone,
      String latestPeriod,
      String file,
      String kept,
      List<String> warnings,
      String error) {}

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Format as = format.among(Format.text, Format.json);
    Path out = catalogue.data.resolve(Indicator.FETCHED_FOLDER);
    Map<String, Item> items = new LinkedHashMap<>();
    List<Problem> warnings = new ArrayList<>();
    FetchListener listener =
        fetch
            .listener(cl)
            .alsoOnFailure(
                (indicator, why) ->
                    items.put(
                        indicator,
                        new Item(
                            indicator,
                            "failed",
                            "not updated: " + why.describe(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            "",
                            "",
                            "",
                            List.of(),
                            why.describe())));
    OutcomesException failure = null;
    try {
      FetchJob.run(
          new FetchJob.Request(
              catalogue.indicators,
              catalogue.data,
              fetch.ids,
              fetch.baseUrl(cl),
              out,
              fetch.policy(cl),
              fetch.keep),
          FetchJob.Env.standard(
              listener,
              s -> {
                items.put(s.entry().indicator(), item(s));
                warnings.addAll(s.warnings());
              }));
    } catch (OutcomesException e) {
      failure = e;
    }
    PrintWriter o = cl.getOut();
    if (as == Format.json) {
      o.print(Json.write(Map.of("indicators", List.copyOf(items.values()))));
    } else {
      int width = items.keySet().stream().mapToInt(String::length).max().orElse(0);
      items.values().stream()
          .filter(i -> !i.status().equals("failed"))
          .forEach(
              i ->
                  o.println(
                      String.format(
                          java.util.Locale.ROOT,
                          "%-" + width + "s  %s",
                          i.indicator(),
                          i.summary())));
    }
    o.flush();
    if (!fetch.quiet()) {
      Warnings.say(
          warnings,
          warnings.size(),
          "run outcomes validate",
          w -> cl.getErr().println("outcomes: " + w));
      cl.getErr().flush();
    }
    if (failure != null) {
      throw failure;
    }
    return ExitCodes.OK;
  }

  private static Item item(FetchJob.Saved s) {
    ReleaseChanges c = s.changes();
    String status = c.first() ? "first" : c.none() ? "unchanged" : "updated";
    String summary =
        c.summary() + s.kept().map(k -> "; the previous extract is kept as " + k).orElse("");
    return new Item(
        s.entry().indicator(),
        status,
        summary,
        c.newPeriods(),
        c.periodsGone(),
        c.revisions(),
        c.areasAdded(),
        c.areasGone(),
        s.entry().latestPeriod(),
        s.entry().file(),
        s.kept().map(Path::toString).orElse(""),
        s.warnings().stream().map(Problem::toString).toList(),
        "");
  }
}
