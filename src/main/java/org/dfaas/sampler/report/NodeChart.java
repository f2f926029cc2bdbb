package org.dfaas.sampler.report;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
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

  /**
   * Above this many configurations, each point is the mean over the configurations of one total
   * rate and its bar their range: a hundred thousand error bars draw nothing readable, and their
   * SVG alone would not fit in memory.
   */
  static final int MOST_POINTS = 2000;

  private NodeChart() {}

  static ChartImage of(List<ConfigurationResult> run) {
    return ChartImage.render(
        "node.png",
        run.size() > MOST_POINTS
            ? "node CPU and RAM against the total rate, each point the mean over the "
                + run.size()
                + " configurations' means at that rate, the bar their range"
            : "node CPU and RAM against the total rate of each configuration, mean and 95 % CI",
        chart(run),
        760,
        620);
  }

  /** The chart before rendering: what a test can inspect. */
  static JFreeChart chart(List<ConfigurationResult> run) {
    CombinedDomainXYPlot plot =
        new CombinedDomainXYPlot(
            ChartImage.rateAxis("total rate of the configuration (requests/s)"));
    plot.setGap(12);
    plot.add(panel("node CPU (% of one core, summed over cores)", NodeValue.CPU, run), 1);
    plot.add(panel("node RAM (% of its memory)", NodeValue.RAM_PCT, run), 1);
    return new JFreeChart("Node CPU and RAM against total rate", ChartImage.TITLE_FONT, plot, true);
  }

  private static XYPlot panel(String label, NodeValue value, List<ConfigurationResult> run) {
    boolean binned = run.size() > MOST_POINTS;
    TreeMap<String, TreeMap<Integer, double[]>> points = new TreeMap<>();
    for (ConfigurationResult result : run) {
      Stats stats = result.stats(value);
      if (stats.n() == 0) {
        continue;
      }
      String key =
          result.overloaded()
              ? "overloaded"
              : result.size() + (result.size() == 1 ? " function" : " functions");
      TreeMap<Integer, double[]> byRate = points.computeIfAbsent(key, k -> new TreeMap<>());
      if (!binned) {
        double low = stats.hasInterval() ? stats.low() : stats.mean();
        double high = stats.hasInterval() ? stats.high() : stats.mean();
        // Several configurations of one total rate: the key keeps them apart, in run order.
        byRate.put(result.totalRate() * 1_000_000 + byRate.size(), point(result, stats, low, high));
      } else {
        byRate.merge(
            result.totalRate(), point(result, stats, stats.mean(), stats.mean()), NodeChart::widen);
      }
    }
    TreeMap<String, YIntervalSeries> series = new TreeMap<>();
    points.forEach(
        (key, byRate) -> {
          YIntervalSeries line = new YIntervalSeries(key, true, true);
          // p = {total rate, sum of means, count, low, high}: the mean of the means when binned.
          byRate.values().forEach(p -> line.add(p[0], p[1] / p[2], p[3], p[4]));
          series.put(key, line);
        });
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
    // From 0: a usage read against its own floor, not stretched around the values, so that 60 %
    // and 80 % look 60 and 80 apart and an idle node looks idle.
    axis.setAutoRangeIncludesZero(true);
    axis.setAutoRangeMinimumSize(1.0);
    axis.setNumberFormatOverride(ChartImage.decimalFormat());
    XYPlot plot = new XYPlot(dataset, null, axis, renderer);
    ChartImage.style(plot);
    return plot;
  }

  private static double[] point(ConfigurationResult result, Stats stats, double low, double high) {
    return new double[] {result.totalRate(), stats.mean(), 1, low, high};
  }

  private static double[] widen(double[] was, double[] added) {
    return new double[] {
      was[0], was[1] + added[1], was[2] + 1, Math.min(was[3], added[3]), Math.max(was[4], added[4])
    };
  }
}
