package outcomes.report.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import outcomes.app.output.AtomicOutput;
import outcomes.model.Polarity;

/**
 * Renders the sample charts. With -Doutcomes.chart.samples=DIR they are written there to look at
 * (the PNGs are for people: open them); otherwise into a temporary folder.
 */
class ChartSamplesTest {
  @TempDir Path temp;

  static Map<String, Chart> samples() {
    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("trend-life-expectancy", Charts.trend(SampleViews.lifeExpectancyTrend(false)));
    charts.put(
        "trend-life-expectancy-illustrative", Charts.trend(SampleViews.lifeExpectancyTrend(true)));
    charts.put(
        "wards-life-expectancy-illustrative",
        Charts.wards(SampleViews.westminsterWards(true, Polarity.HIGH_IS_GOOD)));
    charts.put("gap-wards-illustrative", Charts.gap(SampleViews.wardGap(true)));
    charts.put("gap-long", Charts.gap(SampleViews.longGap()));
    charts.put("spine-westminster", Charts.spine(SampleViews.westminsterSpine(false)));
    charts.put("trend-inactive-adults", Charts.trend(SampleViews.inactiveAdultsTrend()));
    charts.put("wards-child-poverty", Charts.wards(SampleViews.childPovertyWards()));
    return charts;
  }

  @Test
  void rendersEverySample() throws IOException {
    String wanted = System.getProperty("outcomes.chart.samples", "");
    Path dir = wanted.isEmpty() ? temp : Path.of(wanted);
    Files.createDirectories(dir);
    for (Map.Entry<String, Chart> e : samples().entrySet()) {
      AtomicOutput.write(dir.resolve(e.getKey() + ".png"), e.getValue()::writePng);
      AtomicOutput.write(dir.resolve(e.getKey() + ".svg"), e.getValue()::writeSvg);
      assertTrue(Files.size(dir.resolve(e.getKey() + ".png")) > 10_000, e.getKey());
    }
  }
}
