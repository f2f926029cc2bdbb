package org.dfaas.sampler.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

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

  /**
   * A count: a plain integer when whole (k6's counters are), else three decimals (a summary that
   * held only the counter's rate), {@code nan} when unknown.
   */
  public static String count(double value) {
    if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
      return integer((long) value);
    }
    return decimal(value);
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
    // Every number of every row comes here: the common case, a plain decimal, is tried first,
    // by a scan rather than a pattern (a tenth of the cost on a million-row file).
    if (isDecimal(text)) {
      return Double.parseDouble(text);
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case NAN -> Double.NaN;
      case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
      case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
      default -> throw new NumberFormatException("not a number: \"" + text + "\"");
    };
  }

  /**
   * Whether {@code text} is {@code [+-]digits[.digits][(e|E)[+-]digits]} with a digit before or
   * after the point: what Python writes, without the hex, type suffixes and words that {@link
   * Double#parseDouble} would also take.
   */
  static boolean isDecimal(String text) {
    int at = skipSign(text, 0);
    int start = at;
    at = skipDigits(text, at);
    int digits = at - start;
    if (at < text.length() && text.charAt(at) == '.') {
      int fraction = at + 1;
      at = skipDigits(text, fraction);
      digits += at - fraction;
    }
    if (digits == 0) {
      return false;
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      int exponent = skipSign(text, at + 1);
      at = skipDigits(text, exponent);
      if (at == exponent) {
        return false;
      }
    }
    return at == text.length();
  }

  private static int skipSign(String text, int at) {
    return at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-') ? at + 1 : at;
  }

  private static int skipDigits(String text, int at) {
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at;
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
