package org.dfaas.sampler.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * One chart of the report rendered to PNG: written beside the page and embedded in it, so the page
 * stays whole when mailed alone and the images can go into a paper on their own. Also holds the one
 * look every chart shares.
 *
 * @param fileName the PNG's file name, safe for any file system
 * @param alt the text alternative of the image
 * @param png the PNG bytes
 */
public record ChartImage(String fileName, String alt, byte[] png) {

  static {
    // Reports are written on servers and in CI without a display; AWT must not look for one.
    System.setProperty("java.awt.headless", "true");
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

  /** Renders {@code chart} at {@code width} × {@code height} pixels. */
  static ChartImage render(String fileName, String alt, JFreeChart chart, int width, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the chart " + fileName, e);
    }
    return new ChartImage(fileName, alt, out.toByteArray());
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

  /** A file-name-safe form of a function name (which may hold dots). */
  static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
