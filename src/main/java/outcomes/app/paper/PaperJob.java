package outcomes.app.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import outcomes.app.FrameworkData;
import outcomes.app.ReportViews;
import outcomes.app.WardMaps;
import outcomes.app.output.OutputSet;
import outcomes.app.output.PrivateTemp;
import outcomes.model.Location;
import outcomes.model.OutcomesException;
import outcomes.report.Figures;
import outcomes.report.FrameworkView;
import outcomes.report.PaperView;
import outcomes.report.docx.DocxWriter;
import outcomes.template.Template;
import outcomes.template.TemplateParser;

/**
 * The board paper: {@code TEMPLATES/board-paper.md} filled in from the catalogue and its data,
 * written as {@code OUT/board-paper.docx} with {@code OUT/board-paper.snapshot.json} beside it. The
 * template is parsed and every placeholder resolved, the charts drawn and the document made in
 * memory before anything is written; then both files are replaced as one set ({@link OutputSet}),
 * so a failed or killed run leaves the previous paper and snapshot as they were. The same inputs
 * (template, catalogue, data, --as-of and the previous snapshot) give the same bytes.
 */
public final class PaperJob {
  public static final String TEMPLATE = "board-paper.md";
  public static final String PAPER = "board-paper.docx";
  public static final String SNAPSHOT = "board-paper.snapshot.json";

  /**
   * @param asOf the day freshness is judged on (the first page's sentence and the annex): today for
   *     a scheduled run; it never stands in for the date the data run to
   */
  public record Request(Path templates, Path indicators, Path data, Path out, LocalDate asOf) {
    public Request {
      java.util.Objects.requireNonNull(asOf, "asOf");
    }
  }

  /**
   * What was written, and what a log line needs.
   *
   * @param notes which area a name was taken as, charts left out of a loop: FILE:LINE:COL: note
   */
  public record Result(
      Path paper,
      Path snapshot,
      LocalDate dataDate,
      int figures,
      int tables,
      boolean illustrative,
      List<String> notes) {
    public Result {
      notes = List.copyOf(notes);
    }
  }

  private PaperJob() {}

  public static Result run(Request r, Consumer<String> progress) {
    // what a killed run left half-replaced is put back before the previous snapshot is read
    OutputSet outputs = OutputSet.in(r.out());
    try (PrivateTemp temp = PrivateTemp.create()) {
      return make(r, outputs, progress);
    }
  }

  private static Result make(Request r, OutputSet outputs, Consumer<String> progress) {
    Path templateFile = r.templates().resolve(TEMPLATE);
    Template template = TemplateParser.parse(templateFile.toString(), read(templateFile));
    progress.accept("reading the catalogue and data");
    FrameworkData data = FrameworkData.load(r.indicators(), r.data());
    data.sayWarnings(progress);
    FrameworkView view = ReportViews.of(data, r.asOf());
    LocalDate dataDate = view.dataDate();
    Path paper = r.out().resolve(PAPER);
    Path snapshot = r.out().resolve(SNAPSHOT);
    Optional<PaperSnapshot.File> before = PaperSnapshot.read(snapshot);

    progress.accept("filling in " + templateFile);
    PaperContext ctx =
        new PaperContext(
            data,
            view,
            dataDate,
            r.asOf(),
            r.data(),
            WardMaps.boundaries(data, r.data(), progress));
    PaperResolver resolver = new PaperResolver(ctx);
    resolver.resolve(template);
    PaperSnapshot.State state = PaperSnapshot.state(view, resolver.figures().gaps());
    PaperSnapshot.File next = PaperSnapshot.next(before, state);
    List<PaperView.Block> blocks =
        withNotice(resolver.fill(PaperChanges.between(next.previous(), state)), ctx.illustrative());
    PaperView paperView = new PaperView(title(data), dataDate, ctx.illustrative(), blocks);

    progress.accept("writing " + paper);
    byte[] docx = docx(paperView);
    byte[] json = PaperSnapshot.bytes(next);
    // the paper and its snapshot replace the previous ones together, or neither does
    outputs.replace(
        List.of(
            OutputSet.File.of(PAPER, o -> o.write(docx)),
            OutputSet.File.of(SNAPSHOT, o -> o.write(json))));
    return new Result(
        paper,
        snapshot,
        dataDate,
        count(blocks, PaperView.Figure.class),
        count(blocks, PaperView.Table.class),
        ctx.illustrative(),
        ctx.notes());
  }

  /** A template's largest size: the bundled one is 8 KB; a larger file is not a paper's words. */
  static final long MAX_TEMPLATE_BYTES = 1 << 20;

  private static String read(Path file) {
    try {
      if (Files.size(file) > MAX_TEMPLATE_BYTES) {
        throw OutcomesException.badInput(
            Location.of(file.toString()),
            "the template is "
                + Files.size(file) / 1024
                + " KB; a template is at most "
                + MAX_TEMPLATE_BYTES / 1024
                + " KB: it is not a board paper's words (check the file)");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw OutcomesException.missingInput(
          Location.of(file.toString()),
          "no such template: give the folder that holds " + TEMPLATE + " with --templates");
    } catch (CharacterCodingException e) {
      throw OutcomesException.badInput(
          Location.of(file.toString()), "the template is not UTF-8 text: save it as UTF-8");
    } catch (IOException e) {
      throw OutcomesException.missingInput(
          Location.of(file.toString()), "cannot be read: " + e.getMessage());
    }
  }

  /**
   * A paper with any illustrative figure says so on its first page, whatever the template says: a
   * notice right after the first heading (or at the top).
   */
  static List<PaperView.Block> withNotice(List<PaperView.Block> blocks, boolean illustrative) {
    if (!illustrative) {
      return blocks;
    }
    List<PaperView.Block> all = new ArrayList<>(blocks);
    int at = !all.isEmpty() && all.get(0) instanceof PaperView.Heading ? 1 : 0;
    all.add(
        at,
        new PaperView.Notice(
            "Illustrative data",
            "Some figures in this paper are illustrative:"
                + " synthetic figures that stand in where nothing real is published, such as life expectancy for"
                + " today's wards. They are marked \"illustrative\" wherever they appear, and must not be quoted as"
                + " published statistics. Every other figure comes from a real source, named in its footnote or"
                + " caption."));
    return all;
  }

  private static String title(FrameworkData data) {
    return "Board paper: " + data.catalogue().framework().title();
  }

  private static byte[] docx(PaperView view) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DocxWriter.write(view, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(List<PaperView.Block> blocks, Class<?> type) {
    return (int) blocks.stream().filter(type::isInstance).count();
  }

  /** "31 December 2025", for the log line. */
  public static String date(LocalDate d) {
    return Figures.date(d);
  }
}
