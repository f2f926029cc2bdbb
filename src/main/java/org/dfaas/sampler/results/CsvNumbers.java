package org.dfaas.sampler.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written in the output CSV files (compat §6), exactly as the old tool's Python
 * wrote them, so that datasets from both tools compare cell by cell.
 *
 * <p>Measured values use Python's {@code '%.3f' % x}: three decimals, rounding half to even on the
 * exact binary value of the double (so {@code 1.0005}, stored just below, gives {@code 1.000}),
 * {@code .} as decimal mark whatever the default locale, no exponent, {@code nan}, {@code inf} and
 * {@code -inf} for the special values, and a minus sign kept on a negative value that rounds to
 * zero ({@code -0.000}). {@link String#format} is not used because it follows the locale and rounds
 * half up on the decimal expansion.
 */
public final class CsvNumbers {

  /** How a missing or undefined value is written. */
  public static final String NAN = "nan";

  private static final int DECIMALS = 3;

  private CsvNumbers() {}

  /** A measured value with exactly three decimals, as {@code '%.3f' % value}. */
  public static String decimal(double value) {
    String special = special(value);
    return special != null ? special : sign(value) + magnitude(value, DECIMALS);
  }

  /**
   * A value truncated toward zero to an integer, as Python's {@code int(value)}; used for {@code
   * medium_latency_function_{f}}. NaN is {@code nan} and infinities {@code inf} / {@code -inf}
   * where Python would raise, because a row must still be written.
   */
  public static String truncated(double value) {
    String special = special(value);
    if (special != null) {
      return special;
    }
    return new BigDecimal(value).setScale(0, RoundingMode.DOWN).toPlainString();
  }

  /** A count or rate: a plain integer, no grouping, whatever the locale. */
  public static String integer(long value) {
    return Long.toString(value);
  }

  /** An overload flag: {@code 1} or {@code 0}, as Python's {@code int(bool)}. */
  public static String flag(boolean value) {
    return value ? "1" : "0";
  }

  /**
   * A number as written by this tool or by Python ({@code nan}, {@code inf}, {@code -inf}, any
   * case), the reverse of {@link #decimal} and {@link #truncated}.
   *
   * @throws NumberFormatException when {@code text} is not a number
   */
  public static double parse(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case NAN -> Double.NaN;
      case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
      case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
      default -> {
        if (!text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
          throw new NumberFormatException("not a number: \"" + text + "\"");
        }
        yield Double.parseDouble(text);
      }
    };
  }

  private static String special(double value) {
    if (Double.isNaN(value)) {
      return NAN;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return null;
  }

  // BigDecimal has no negative zero, so the sign is taken from the double's sign bit.
  private static String sign(double value) {
    return Double.doubleToRawLongBits(value) < 0 ? "-" : "";
  }

  private static String magnitude(double value, int decimals) {
    return new BigDecimal(Math.abs(value))
        .setScale(decimals, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
