package org.dfaas.sampler.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * The axis of a share such as a success rate: it never reads above 1, which no share can reach, and
 * starts low enough to show the lowest value drawn and the usual thresholds below 1 (0.9), so that
 * a fall from 1.0 to 0.85 looks like one. A sliver above 1 keeps the points at 1 whole; no tick is
 * labelled there.
 */
final class ShareAxis extends NumberAxis {

  private static final long serialVersionUID = 1L;

  /** The axis starts at this share or lower. */
  static final double HIGHEST_LOWER_BOUND = 0.9;

  /** What the axis shows above 1, as a share of its span: room for a point's marker. */
  static final double HEADROOM = 0.03;

  ShareAxis(String label) {
    super(label);
    setNumberFormatOverride(ChartImage.decimalFormat());
  }

  @Override
  protected void autoAdjustRange() {
    Plot plot = getPlot();
    Range data = plot instanceof ValueAxisPlot values ? values.getDataRange(this) : null;
    Range range = range(data == null ? 1 : data.getLowerBound());
    setRange(range, false, false);
  }

  /** The range shown when the lowest value drawn (interval ends included) is {@code lowest}. */
  static Range range(double lowest) {
    double lower = Math.min(HIGHEST_LOWER_BOUND, Math.floor((lowest - 0.02) * 20) / 20);
    lower = Math.max(0, lower);
    return new Range(lower, 1 + HEADROOM * (1 - lower));
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = super.refreshTicks(g2, state, dataArea, edge);
    ticks.removeIf(tick -> tick instanceof NumberTick t && t.getValue() > 1 + 1e-9);
    return ticks;
  }
}
