package outcomes.app.paper;

import java.util.ArrayList;
import java.util.List;
import outcomes.model.OutcomesException;
import outcomes.report.IndicatorView;
import outcomes.report.PaperView;
import outcomes.report.PaperView.Span;
import outcomes.report.PaperView.Words;
import outcomes.template.Template;
import outcomes.template.Template.Block;
import outcomes.template.Template.Inline;
import outcomes.template.Template.Loop;
import outcomes.template.Template.Placeholder;

/**
 * Turns a parsed template into the blocks of a paper: text placeholders into words and footnotes,
 * tables, charts and loops into their blocks. Everything is resolved here, before anything is
 * written, so a placeholder that names something the data do not have stops the run. The {@code
 * {{changes}}} blocks are filled in last, once the whole paper's state is known.
 */
final class PaperResolver {
  private final PaperContext ctx;
  private final PaperFigures figures;
  private final PaperTables tables;
  private final PaperCharts charts;
  private final PaperProgress progress;
  private final List<PaperView.Block> out = new ArrayList<>();
  private final List<Integer> changesAt = new ArrayList<>();
  private final List<Integer> pendingAt = new ArrayList<>();
  private final List<PaperCharts.Pending> pending = new ArrayList<>();

  PaperResolver(PaperContext ctx) {
    this.ctx = ctx;
    this.figures = new PaperFigures(ctx);
    this.tables = new PaperTables(ctx);
    this.charts = new PaperCharts(ctx, figures);
    this.progress = new PaperProgress(ctx, figures);
  }

  /**
   * Resolves the whole template and draws its charts; the places {@code {{changes}}} stands are
   * filled in with {@link #fill}.
   */
  void resolve(Template t) {
    blocks(t.blocks());
    List<PaperView.Figure> figures = PaperCharts.render(pending);
    for (int i = 0; i < figures.size(); i++) {
      out.set(pendingAt.get(i), figures.get(i));
    }
  }

  PaperFigures figures() {
    return figures;
  }

  /** The paper with the changes put where the template asked for them. */
  List<PaperView.Block> fill(List<PaperView.Block> changes) {
    List<PaperView.Block> all = new ArrayList<>(out);
    for (int i = changesAt.size() - 1; i >= 0; i--) {
      all.addAll(changesAt.get(i), changes);
    }
    return all;
  }

  private void blocks(List<Block> blocks) {
    for (Block b : blocks) {
      block(b);
    }
  }

  private void block(Block b) {
    if (b instanceof Template.Heading h) {
      out.add(new PaperView.Heading(h.level(), spans(h.text())));
    } else if (b instanceof Template.Paragraph p) {
      out.add(new PaperView.Para(spans(p.text())));
    } else if (b instanceof Template.Bullet u) {
      out.add(new PaperView.Bullet(spans(u.text())));
    } else if (b instanceof Template.PageBreak) {
      out.add(new PaperView.PageBreak());
    } else if (b instanceof Template.Loop l) {
      loop(l);
    } else {
      directive(((Template.Directive) b).placeholder());
    }
  }

  private void directive(Placeholder p) {
    switch (p.kind()) {
      case TABLE:
        if (p.args().get(0).text().equals("progress") && !p.args().get(0).variable()) {
          out.add(progress.table(p));
        } else {
          tables.table(p).ifPresent(out::add);
        }
        break;
      case CHART:
        charts
            .figure(p)
            .ifPresent(
                f -> {
                  pendingAt.add(out.size());
                  pending.add(f);
                  out.add(null);
                });
        break;
      case CHANGES:
        changesAt.add(out.size());
        break;
      case FRESHNESS:
        out.add(tables.freshness());
        break;
      // The parser puts these only inside text, never as a block of their own.
      case VALUE,
      GAP,
      COMPARISON,
      TREND,
      PERIOD,
      TITLE,
      DEFINITION,
      SOURCE,
      OUTCOME,
      AMBITION,
      FRAMEWORK,
      DATE,
      AS_OF,
      SUMMARY,
      PROGRESS,
      VARIABLE:
        throw new IllegalStateException(p.kind() + " is not a block");
    }
  }

  private List<Span> spans(List<Inline> text) {
    List<Span> spans = new ArrayList<>();
    for (Inline i : text) {
      if (i instanceof Template.Text t) {
        spans.add(new Words(t.text(), t.bold()));
      } else if (((Placeholder) i).kind() == outcomes.template.Kind.PROGRESS) {
        spans.addAll(progress.words((Placeholder) i));
      } else {
        spans.addAll(figures.words((Placeholder) i));
      }
    }
    return spans;
  }

  private void loop(Loop l) {
    String set = l.set().text();
    switch (set) {
      case "ambitions":
      case "outcomes":
        String one = set.substring(0, set.length() - 1);
        for (int n :
            (one.equals("ambition") ? ctx.framework().ambitions() : ctx.framework().outcomes())
                .keySet()) {
          body(l, new PaperContext.NumberBinding(one, n));
        }
        break;
      case "indicators":
        for (IndicatorView v : ctx.view.indicators()) {
          body(l, new PaperContext.IndicatorBinding(v));
        }
        break;
      default:
        int n = ctx.number(l.of().orElseThrow(), set);
        for (IndicatorView v : ctx.view.indicators()) {
          if ((set.equals("ambition") ? v.indicator().ambition() : v.indicator().outcome()) == n) {
            body(l, new PaperContext.IndicatorBinding(v));
          }
        }
    }
  }

  /** The most blocks a template may expand to: the bundled paper has about 300. */
  static final int MAX_BLOCKS = 20_000;

  private void body(Loop l, PaperContext.Binding b) {
    if (out.size() > MAX_BLOCKS) {
      throw OutcomesException.badInput(
          l.at(),
          "the loops expand the paper beyond "
              + MAX_BLOCKS
              + " headings, paragraphs, tables and charts: loop over fewer indicators");
    }
    ctx.enter(l.variable(), b);
    try {
      blocks(l.body());
    } finally {
      ctx.leave();
    }
  }
}
