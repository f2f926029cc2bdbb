package org.dfaas.sampler.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The overload map of a pair of functions: one cell per configuration, coloured from green (no
 * iteration overloaded) to red (all did), skipped cells grey and marked, and the frontier where
 * overload starts drawn over it. Cells a frontier search inferred instead of measuring are hatched
 * in the colour of their class and marked {@code inferred} with their class, so measured and
 * inferred cells never look alike. Cells a running campaign has not reached stay blank. The map
 * leaves a strip below its lowest row, so a frontier that starts at the lowest rate is drawn above
 * the axis, not on it.
 */
final class OverloadMapChart {

  /** The z value of a cell skipped as dominated; below the share scale of 0..1. */
  private static final double DOMINATED = -1;

  /** The z value of a cell inferred not overloaded. */
  private static final double INFERRED_OK = -2;

  /** The z value of a cell inferred overloaded. */
  private static final double INFERRED_OVERLOADED = -3;

  private static final Color SKIPPED_GREY = new Color(0xBB, 0xBB, 0xBB);

  /** The first line of an inferred cell's mark; the second is its class. */
  static final String INFERRED = "inferred";

  private OverloadMapChart() {}

  static ChartImage of(PairGrid grid) {
    return ChartImage.render(
        (grid.fixed().isPresent() ? "triple-" : "pair-") + grid.fileStem() + ".png",
        "overload map of " + grid.title(),
        chart(grid),
        680,
        560);
  }

  /** The chart before rendering: what a test can inspect. */
  static JFreeChart chart(PairGrid grid) {
    List<double[]> cells = new ArrayList<>();
    List<XYTextAnnotation> marks = new ArrayList<>();
    for (int x = 0; x < grid.firstRates().size(); x++) {
      for (int y = 0; y < grid.secondRates().size(); y++) {
        Optional<ConfigurationResult> cell = grid.cell(x, y);
        if (cell.isEmpty()) {
          continue;
        }
        ConfigurationResult result = cell.get();
        cells.add(new double[] {x, y, z(result)});
        List<String> lines = mark(result);
        for (int line = 0; line < lines.size(); line++) {
          // Lines a fifth of a cell apart, centred on the cell; y grows upwards.
          double offset = ((lines.size() - 1) / 2.0 - line) * 0.2;
          XYTextAnnotation text = new XYTextAnnotation(lines.get(line), x, y + offset);
          text.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, cellFont(grid)));
          marks.add(text);
        }
      }
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    double[][] series = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      for (int k = 0; k < 3; k++) {
        series[k][i] = cells.get(i)[k];
      }
    }
    dataset.addSeries("overload share", series);
    XYBlockRenderer blocks = new XYBlockRenderer();
    blocks.setPaintScale(new ShareScale());
    SymbolAxis up = axis(grid.second(), grid.secondRates());
    up.setRange(-0.5 - strip(grid), grid.secondRates().size() - 0.5);
    XYPlot plot = new XYPlot(dataset, axis(grid.first(), grid.firstRates()), up, blocks);
    ChartImage.style(plot);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    marks.forEach(plot::addAnnotation);
    addFrontier(plot, grid);
    JFreeChart chart =
        new JFreeChart(grid.title() + ": overload map", ChartImage.TITLE_FONT, plot, true);
    NumberAxis shareAxis = new NumberAxis("share of iterations overloaded (0..1)");
    shareAxis.setRange(0, 1);
    PaintScaleLegend legend = new PaintScaleLegend(new ShareScale(), shareAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
    legend.setMargin(4, 4, 40, 4);
    chart.addSubtitle(legend);
    return chart;
  }

  /**
   * The strip below the lowest row, in rows: about 9 pixels of the map's height whatever the number
   * of rows, room for the frontier's 3-pixel line and a gap to the axis.
   */
  static double strip(PairGrid grid) {
    return Math.max(0.1, 0.02 * grid.secondRates().size());
  }

  private static double z(ConfigurationResult result) {
    return switch (result.status()) {
      case DOMINATED -> DOMINATED;
      case INFERRED_OK -> INFERRED_OK;
      case INFERRED_OVERLOADED -> INFERRED_OVERLOADED;
      default -> result.overloadShare();
    };
  }

  /** The lines written on a cell: what a reader needs to tell it from its neighbours. */
  static List<String> mark(ConfigurationResult result) {
    return switch (result.status()) {
      case DOMINATED -> List.of("skip");
      case INFERRED_OK -> List.of(INFERRED, "ok");
      case INFERRED_OVERLOADED -> List.of(INFERRED, "overloaded");
      default ->
          List.of(
              result.overloadedIterations()
                  + "/"
                  + result.iterationCount()
                  + (result.status() == ConfigurationResult.Status.FAILED ? " !" : ""));
    };
  }

  private static int cellFont(PairGrid grid) {
    int cells = Math.max(grid.firstRates().size(), grid.secondRates().size());
    return cells > 20 ? 7 : cells > 10 ? 9 : 12;
  }

  private static SymbolAxis axis(String function, List<Integer> rates) {
    SymbolAxis axis =
        new SymbolAxis(
            "rate of " + function + " (requests/s)",
            rates.stream().map(String::valueOf).toArray(String[]::new));
    axis.setGridBandsVisible(false);
    return axis;
  }

  // The frontier runs along the lower edge of the first overloaded cell of every column.
  private static void addFrontier(XYPlot plot, PairGrid grid) {
    XYSeries frontier = new XYSeries("frontier: overload starts", false);
    for (int x = 0; x < grid.firstRates().size(); x++) {
      Optional<Integer> row = grid.frontierRow(x);
      if (row.isPresent()) {
        frontier.add(x - 0.5, row.get() - 0.5);
        frontier.add(x + 0.5, row.get() - 0.5);
      } else {
        // A column that never overloads breaks the line instead of joining its neighbours.
        frontier.add(x, (Number) null);
      }
    }
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, Color.BLACK);
    line.setSeriesStroke(0, new BasicStroke(3f));
    plot.setDataset(1, new XYSeriesCollection(frontier));
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.getRenderer(0).setSeriesVisibleInLegend(0, false);
  }

  /**
   * Green at share 0, through yellow, to red at 1; grey for dominated cells; green or red hatched
   * with white for inferred ones.
   */
  static final class ShareScale implements PaintScale {

    private static final Paint HATCHED_OK = hatched(shareColour(0));
    private static final Paint HATCHED_OVERLOADED = hatched(shareColour(1));

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 1;
    }

    @Override
    public Paint getPaint(double share) {
      if (share == INFERRED_OK) {
        return HATCHED_OK;
      }
      if (share == INFERRED_OVERLOADED) {
        return HATCHED_OVERLOADED;
      }
      if (share < 0) {
        return SKIPPED_GREY;
      }
      return shareColour(share);
    }

    // Hue from 120° (green) to 0° (red), light enough for the black marks to stay legible.
    private static Color shareColour(double share) {
      double s = Math.min(1, share);
      return Color.getHSBColor((float) ((1 - s) * 120 / 360), 0.55f, 0.95f);
    }

    /**
     * Diagonal stripes of {@code colour} on white, repeating every 8 pixels across. A repeating
     * linear gradient with hard steps rather than a texture: SVG output knows gradients (it writes
     * {@code spreadMethod='repeat'}) but would drop a texture and paint the cell in whatever colour
     * came before.
     */
    private static Paint hatched(Color colour) {
      return new LinearGradientPaint(
          new Point2D.Float(0, 0),
          new Point2D.Float(4, 4),
          new float[] {0f, 0.5f, 0.5001f, 1f},
          new Color[] {colour, colour, Color.WHITE, Color.WHITE},
          MultipleGradientPaint.CycleMethod.REPEAT);
    }
  }
}
