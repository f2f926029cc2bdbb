package org.dfaas.sampler.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;

/**
 * One chart of the report rendered twice: to PNG (at twice its size, sharp on print and on dense
 * screens), embedded in the page so it stays whole when mailed alone, and to SVG, a vector file a
 * paper can scale at will. Both are written beside the page. Also holds the one look every chart
 * shares.
 *
 * @param fileName the PNG's file name, safe for any file system; the SVG's is the same with {@code
 *     .svg}
 * @param alt the text alternative of the image
 * @param png the PNG bytes
 * @param svg the SVG document
 * @param width the width the chart is laid out for, in CSS pixels
 */
public record ChartImage(String fileName, String alt, byte[] png, String svg, int width) {

  /** How many device pixels the PNG has per CSS pixel. */
  static final int PNG_SCALE = 2;

  static {
    // Reports are written on servers and in CI without a display; AWT must not look for one.
    System.setProperty("java.awt.headless", "true");
    // Rotated axis labels are otherwise drawn as glyph outlines: SVG would hold no text to select,
    // search or restyle in a paper.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  public ChartImage {
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  /** The PNG as a {@code data:} URI for an {@code <img src>}. */
  public String dataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }

  /** The SVG's file name. */
  public String svgFileName() {
    return fileName.replaceFirst("\\.png$", "") + ".svg";
  }

  /** Renders {@code chart} laid out at {@code width} × {@code height} pixels. */
  static ChartImage render(String fileName, String alt, JFreeChart chart, int width, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeScaledChartAsPNG(out, chart, width, height, PNG_SCALE, PNG_SCALE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the chart " + fileName, e);
    }
    SVGGraphics2D svg = new SVGGraphics2D(width, height);
    chart.draw(svg, new Rectangle(0, 0, width, height));
    return new ChartImage(fileName, alt, out.toByteArray(), svg.getSVGDocument(), width);
  }

  /** The look of every plot: white, light grid, no outline. */
  static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
  }

  /** Axis numbers with {@code .} as mark whatever the locale, and never in exponent form. */
  static java.text.NumberFormat decimalFormat() {
    return new java.text.DecimalFormat(
        "0.###", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
  }

  /**
   * An axis of requests per second: whole-number ticks, starting at 0 so that a single rate (or a
   * few close ones) sits in a readable range instead of one stretched around a point.
   */
  static org.jfree.chart.axis.NumberAxis rateAxis(String label) {
    org.jfree.chart.axis.NumberAxis axis = new org.jfree.chart.axis.NumberAxis(label);
    axis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    axis.setAutoRangeIncludesZero(true);
    axis.setAutoRangeMinimumSize(10);
    axis.setNumberFormatOverride(decimalFormat());
    return axis;
  }

  /** A file-name-safe form of a function name (which may hold dots). */
  static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
