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
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One function alone: success rate, mean latency, CPU and memory against its rate, each point the
 * mean over the iterations with its 95 % interval as an error bar, the rates whose configuration
 * overloaded the node ringed in red. Stacked on one rate axis, so a knee in one value can be read
 * against the others and against where overload starts.
 */
final class FunctionChart {

  /** A value drawn in {@code unit}s of its own: {@code value × scale}. */
  record Panel(String label, FunctionValue value, double scale) {}

  /** Bytes in a mebibyte: memory is drawn in MiB, whose numbers stay short on the axis. */
  static final double MIB = 1024.0 * 1024.0;

  /** The legend's name of the overloaded points. */
  static final String OVERLOADED = "overloaded (more than half of its iterations)";

  /** The legend's name of the means. */
  static final String MEAN = "mean, 95 % CI";

  static final String SUCCESS_LABEL = "success rate (0..1)";

  private static final Color MEAN_COLOUR = new Color(0x1F, 0x77, 0xB4);
  private static final Color OVERLOADED_COLOUR = new Color(0xD6, 0x27, 0x28);

  private FunctionChart() {}

  /** The panels, top to bottom, with memory labelled as {@code memory} says the column holds. */
  static List<Panel> panels(FunctionMemory memory) {
    return List.of(
        new Panel(SUCCESS_LABEL, FunctionValue.SUCCESS_RATE, 1),
        new Panel("mean latency (ms)", FunctionValue.AVG_LATENCY, 1),
        new Panel("CPU (% of one core)", FunctionValue.CPU, 1),
        new Panel(memory.label(), FunctionValue.RAM, 1 / MIB));
  }

  static ChartImage of(String function, List<ConfigurationResult> singles, FunctionMemory memory) {
    return ChartImage.render(
        "function-" + ChartImage.safe(function) + ".png",
        function
            + ": success rate, latency, CPU and "
            + memory.label()
            + " against its rate, mean and 95 % CI, overloaded rates ringed in red",
        chart(function, singles, memory),
        640,
        790);
  }

  /** The chart before rendering: what a test can inspect. */
  static JFreeChart chart(
      String function, List<ConfigurationResult> singles, FunctionMemory memory) {
    NumberAxis rate = ChartImage.rateAxis("rate of " + function + " (requests/s)");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rate);
    plot.setGap(12);
    List<Panel> panels = panels(memory);
    for (Panel panel : panels) {
      plot.add(panel(function, panel, singles, panel == panels.get(panels.size() - 1)), 1);
    }
    JFreeChart chart = new JFreeChart(function + " alone", ChartImage.TITLE_FONT, plot, true);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    return chart;
  }

  /** The points of one panel: mean and interval per rate, none where every value is missing. */
  static YIntervalSeries series(
      String function,
      String label,
      FunctionValue value,
      double scale,
      List<ConfigurationResult> singles) {
    return series(function, label, value, scale, singles, false);
  }

  /** The points of {@link #series} whose configuration overloaded the node. */
  static YIntervalSeries overloaded(
      String function, FunctionValue value, double scale, List<ConfigurationResult> singles) {
    return series(function, OVERLOADED, value, scale, singles, true);
  }

  private static YIntervalSeries series(
      String function,
      String label,
      FunctionValue value,
      double scale,
      List<ConfigurationResult> singles,
      boolean overloadedOnly) {
    YIntervalSeries series = new YIntervalSeries(label);
    for (ConfigurationResult single : singles) {
      if (!single.measured() || (overloadedOnly && !single.overloaded())) {
        continue;
      }
      Stats stats = single.functionStats(function, value).scaled(scale);
      if (value == FunctionValue.SUCCESS_RATE) {
        stats = stats.within(0, 1);
      }
      // A value missing in every iteration is no point at all, never a point at zero.
      if (stats.n() > 0) {
        double low = stats.hasInterval() ? stats.low() : stats.mean();
        double high = stats.hasInterval() ? stats.high() : stats.mean();
        series.add(single.configuration().rateOf(function), stats.mean(), low, high);
      }
    }
    return series;
  }

  private static XYPlot panel(
      String function, Panel panel, List<ConfigurationResult> singles, boolean inLegend) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(series(function, MEAN, panel.value(), panel.scale(), singles));
    dataset.addSeries(overloaded(function, panel.value(), panel.scale(), singles));
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setSeriesPaint(0, MEAN_COLOUR);
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    // The overloaded points are drawn again over the means as red rings, with no line of their own.
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesPaint(1, OVERLOADED_COLOUR);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
    renderer.setSeriesShapesFilled(1, false);
    renderer.setUseOutlinePaint(false);
    renderer.setSeriesOutlineStroke(1, new BasicStroke(2.5f));
    renderer.setErrorPaint(new Color(0x55, 0x55, 0x55));
    renderer.setCapLength(6);
    // Every panel draws the same two series: the lowest one's legend is enough.
    renderer.setDefaultSeriesVisibleInLegend(inLegend);
    NumberAxis axis =
        panel.value() == FunctionValue.SUCCESS_RATE
            ? new ShareAxis(panel.label())
            : valueAxis(panel.label());
    XYPlot plot = new XYPlot(dataset, null, axis, renderer);
    // The rings over the points, not under them.
    plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
    ChartImage.style(plot);
    return plot;
  }

  private static NumberAxis valueAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    // Every value drawn is a time or a usage: an axis below zero would be noise.
    axis.setRangeType(org.jfree.data.RangeType.POSITIVE);
    axis.setAutoRangeIncludesZero(false);
    // A value constant over all rates would get a zero-height axis whose ticks all read 1E0; a
    // range of at least one whole unit keeps its tick labels (few decimals) distinct.
    axis.setAutoRangeMinimumSize(1.0);
    axis.setNumberFormatOverride(ChartImage.decimalFormat());
    return axis;
  }
}
