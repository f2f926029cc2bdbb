package org.dfaas.sampler.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The few pieces of HTML the report is made of. Everything that comes from a file (function names,
 * folder names) goes through {@link #escape}: a function name is arbitrary text to this page.
 */
final class Html {

  private Html() {}

  /** {@code text} safe inside an element or a quoted attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A measured value with three decimals, {@code .} as mark whatever the locale, and a dash for a
   * missing value, so a NaN never reads as a number.
   */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "–";
    }
    return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A share as a percentage with one decimal. */
  static String percent(double share) {
    return Double.isNaN(share) ? "–" : number(share * 100).replaceFirst("\\d\\d$", "") + " %";
  }

  /** The interval of {@code stats} as {@code low – high}, or a dash without one. */
  static String interval(Stats stats) {
    return stats.hasInterval() ? number(stats.low()) + " – " + number(stats.high()) : "–";
  }

  /** One table row of already escaped cells. */
  static String row(String tag, String... cells) {
    return row(tag, java.util.Set.of(), cells);
  }

  /**
   * One table row of already escaped cells, those at the indexes of {@code text} (0-based) of class
   * {@code l}: text, left-aligned and wrapped where the table is too wide, where numbers stay on
   * one line.
   */
  static String row(String tag, java.util.Set<Integer> text, String... cells) {
    StringBuilder out = new StringBuilder("<tr>");
    for (int i = 0; i < cells.length; i++) {
      out.append('<').append(tag).append(text.contains(i) ? " class=\"l\">" : ">");
      out.append(cells[i]).append("</").append(tag).append('>');
    }
    return out.append("</tr>\n").toString();
  }

  /**
   * An embedded image at its layout width, with its caption and links to its PNG and SVG files in
   * {@code folder} beside the page.
   */
  static String figure(ChartImage image, String folder) {
    return "<figure><img src=\""
        + image.dataUri()
        + "\" width=\""
        + image.width()
        + "\" alt=\""
        + escape(image.alt())
        + "\"><figcaption>"
        + escape(image.alt())
        + " — <a href=\""
        + escape(folder + "/" + image.fileName())
        + "\">PNG</a> · <a class=\"svg\" href=\""
        + escape(folder + "/" + image.svgFileName())
        + "\">SVG</a></figcaption></figure>\n";
  }
}
