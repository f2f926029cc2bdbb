package org.dfaas.sampler.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One function alone: success rate, mean latency, CPU and RAM against its rate, each point the mean
 * over the iterations with its 95 % interval as an error bar. Stacked on one rate axis, so a knee
 * in one value can be read against the others.
 */
final class FunctionChart {

  /** A value drawn in {@code unit}s of its own: {@code value × scale}. */
  private record Panel(String label, FunctionValue value, double scale) {}

  /** Bytes in a mebibyte: RAM is drawn in MiB, whose numbers stay short on the axis. */
  static final double MIB = 1024.0 * 1024.0;

  static final List<Panel> PANELS =
      List.of(
          new Panel("success rate (0..1)", FunctionValue.SUCCESS_RATE, 1),
          new Panel("mean latency (ms)", FunctionValue.AVG_LATENCY, 1),
          new Panel("CPU (% of one core)", FunctionValue.CPU, 1),
          new Panel("RAM (MiB)", FunctionValue.RAM, 1 / MIB));

  private FunctionChart() {}

  static ChartImage of(String function, List<ConfigurationResult> singles) {
    NumberAxis rate = ChartImage.rateAxis("rate of " + function + " (requests/s)");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rate);
    plot.setGap(12);
    for (Panel panel : PANELS) {
      plot.add(panel(function, panel, singles), 1);
    }
    JFreeChart chart = new JFreeChart(function + " alone", ChartImage.TITLE_FONT, plot, false);
    return ChartImage.render(
        "function-" + ChartImage.safe(function) + ".png",
        function + ": success rate, latency, CPU and RAM against its rate, mean and 95 % CI",
        chart,
        640,
        760);
  }

  /** The points of one panel: mean and interval per rate, none where every value is missing. */
  static YIntervalSeries series(
      String function,
      String label,
      FunctionValue value,
      double scale,
      List<ConfigurationResult> singles) {
    YIntervalSeries series = new YIntervalSeries(label);
    for (ConfigurationResult single : singles) {
      if (!single.measured()) {
        continue;
      }
      Stats stats = single.functionStats(function, value).scaled(scale);
      // A value missing in every iteration is no point at all, never a point at zero.
      if (stats.n() > 0) {
        double low = stats.hasInterval() ? stats.low() : stats.mean();
        double high = stats.hasInterval() ? stats.high() : stats.mean();
        series.add(single.configuration().rateOf(function), stats.mean(), low, high);
      }
    }
    return series;
  }

  private static XYPlot panel(String function, Panel panel, List<ConfigurationResult> singles) {
    YIntervalSeries series = series(function, panel.label(), panel.value(), panel.scale(), singles);
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(series);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setSeriesPaint(0, new Color(0x1F, 0x77, 0xB4));
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setErrorPaint(new Color(0x55, 0x55, 0x55));
    renderer.setCapLength(6);
    NumberAxis axis = new NumberAxis(panel.label());
    // Every value drawn is a share, a time or a usage: an axis below zero would be noise.
    axis.setRangeType(org.jfree.data.RangeType.POSITIVE);
    axis.setAutoRangeIncludesZero(false);
    // A value constant over all rates (a success rate of 1) would get a zero-height axis whose
    // ticks all read 1E0; a minimum span keeps the axis readable.
    // A flat series gets a range of whole units, so its tick labels (few decimals) stay distinct.
    axis.setAutoRangeMinimumSize(panel.label().startsWith("success") ? 0.1 : 1.0);
    axis.setNumberFormatOverride(ChartImage.decimalFormat());
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    XYPlot plot = new XYPlot(dataset, null, axis, renderer);
    ChartImage.style(plot);
    return plot;
  }
}
