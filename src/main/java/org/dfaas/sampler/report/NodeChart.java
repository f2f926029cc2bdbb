package org.dfaas.sampler.report;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * What the node did under load: its CPU and RAM against the total rate of each configuration, mean
 * and 95 % interval, one colour per number of functions run together, overloaded configurations
 * apart, so that the capacity the overload rule sees stands out.
 */
final class NodeChart {

  // Translucent, so that configurations of the same total rate stay visible where they overlap.
  private static final Color[] COLOURS = {
    new Color(0x1F, 0x77, 0xB4, 180),
    new Color(0x2C, 0xA0, 0x2C, 180),
    new Color(0x94, 0x67, 0xBD, 180)
  };
  private static final Color OVERLOADED = new Color(0xD6, 0x27, 0x28, 200);

  private NodeChart() {}

  static ChartImage of(List<ConfigurationResult> run) {
    CombinedDomainXYPlot plot =
        new CombinedDomainXYPlot(
            ChartImage.rateAxis("total rate of the configuration (requests/s)"));
    plot.setGap(12);
    plot.add(panel("node CPU (% of one core, summed over cores)", NodeValue.CPU, run), 1);
    plot.add(panel("node RAM (% of its memory)", NodeValue.RAM_PCT, run), 1);
    JFreeChart chart =
        new JFreeChart("Node CPU and RAM against total rate", ChartImage.TITLE_FONT, plot, true);
    return ChartImage.render(
        "node.png",
        "node CPU and RAM against the total rate of each configuration, mean and 95 % CI",
        chart,
        760,
        620);
  }

  private static XYPlot panel(String label, NodeValue value, List<ConfigurationResult> run) {
    TreeMap<String, YIntervalSeries> series = new TreeMap<>();
    // By total rate, so that each point lands at the end of its sorted series, not in the middle.
    List<ConfigurationResult> byRate =
        run.stream().sorted(Comparator.comparingInt(ConfigurationResult::totalRate)).toList();
    for (ConfigurationResult result : byRate) {
      Stats stats = result.stats(value);
      if (stats.n() == 0) {
        continue;
      }
      String key =
          result.overloaded()
              ? "overloaded"
              : result.size() + (result.size() == 1 ? " function" : " functions");
      double low = stats.hasInterval() ? stats.low() : stats.mean();
      double high = stats.hasInterval() ? stats.high() : stats.mean();
      series
          .computeIfAbsent(key, k -> new YIntervalSeries(k, true, true))
          .add(result.totalRate(), stats.mean(), low, high);
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    series.values().forEach(dataset::addSeries);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setErrorPaint(new Color(0x77, 0x77, 0x77));
    renderer.setCapLength(4);
    int index = 0;
    for (String key : series.keySet()) {
      renderer.setSeriesPaint(
          index, key.equals("overloaded") ? OVERLOADED : COLOURS[index % COLOURS.length]);
      renderer.setSeriesShape(index, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
      index++;
    }
    // Both panels build the same keys; the legend of the lower one alone is enough.
    renderer.setDefaultSeriesVisibleInLegend(label.contains("RAM"));
    NumberAxis axis = new NumberAxis(label);
    axis.setRangeType(org.jfree.data.RangeType.POSITIVE);
    axis.setAutoRangeIncludesZero(false);
    axis.setAutoRangeMinimumSize(1.0);
    axis.setNumberFormatOverride(ChartImage.decimalFormat());
    XYPlot plot = new XYPlot(dataset, null, axis, renderer);
    ChartImage.style(plot);
    return plot;
  }
}
