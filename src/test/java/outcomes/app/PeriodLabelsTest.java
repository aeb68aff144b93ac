package outcomes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.catalogue.CatalogueFixture;
import outcomes.model.Observation;
import outcomes.report.FrameworkView;
import outcomes.report.IndicatorView;
import outcomes.report.chart.ReportCharts;

/**
 * Two sources may write one period two ways (DWP's FYE 2025 and ONS's 2024/25; 2022 - 24 and
 * 2022-24): the figures are one period's, and a chart draws them at one place on its axis.
 */
class PeriodLabelsTest {
  @TempDir Path dir;

  @Test
  void aTrendOfTwoSourcesWritingOnePeriodTwoWaysDrawsEachPeriodOnce() throws IOException {
    CatalogueFixture cat = CatalogueFixture.copyInto(dir);
    // London from a second file that writes the periods without spaces, with 95% limits
    Files.writeString(
        cat.dataFile("real/london_life_expectancy.csv"),
        "areacd,areanm,period,sex,observation,lci_95,uci_95\n"
            + "E12000007,London,2021-23,Male,80.0,79.8,80.2\n"
            + "E12000007,London,2022-24,Male,80.6,80.4,80.8\n",
        StandardCharsets.UTF_8);
    Path yaml = cat.indicator("life-expectancy.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml)
            + String.join(
                "\n",
                "  - file: real/london_life_expectancy.csv",
                "    origin: real",
                "    layout: long",
                "    columns: {area-code: areacd, area-name: areanm, period: period, sex: sex,"
                    + " value: observation, lower-95: lci_95, upper-95: uci_95}",
                ""),
        StandardCharsets.UTF_8);
    FrameworkData data = FrameworkData.load(cat.indicators(), cat.data());
    FrameworkView view = ReportViews.of(data, java.time.LocalDate.of(2026, 12, 7));
    IndicatorView male =
        view.indicators().stream()
            .filter(
                v -> v.indicator().id().equals("life-expectancy") && v.label().endsWith("(male)"))
            .findFirst()
            .orElseThrow();
    Observation london =
        male.benchmarks().stream()
            .filter(b -> b.area().code().equals("E12000007"))
            .findFirst()
            .orElseThrow()
            .figure()
            .orElseThrow();
    assertEquals("2022-24", london.period().label(), "as its own file writes it");
    assertEquals("2022 - 24", male.latest().orElseThrow().label());

    ReportCharts.Named trend =
        ReportCharts.of(view, List.of()).stream()
            .filter(c -> c.name().equals("life-expectancy-male-trend"))
            .findFirst()
            .orElseThrow();

    assertEquals(
        "years, 2021 - 23 to 2022 - 24, with London region and England",
        trend.chart().text().subtitle());
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    trend.chart().writeSvg(svg);
    String drawn = svg.toString(StandardCharsets.UTF_8);
    assertTrue(drawn.contains(">2022 - 24<") && !drawn.contains(">2022-24<"), "one label a period");
  }
}
