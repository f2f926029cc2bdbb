package org.dfaas.sampler;

import java.util.Locale;

/**
 * Numbers as a person reads them: {@code 2.1 GiB}, {@code 37.0 %}, {@code 1.5 W}. Only for text
 * meant for eyes; files and {@code --json} keep plain numbers.
 */
public final class HumanUnits {

  private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private HumanUnits() {}

  public static String bytes(double bytes) {
    if (!Double.isFinite(bytes)) {
      return "n/a";
    }
    double value = bytes;
    int unit = 0;
    while (Math.abs(value) >= 1024 && unit < BINARY.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0
        ? String.format(Locale.ROOT, "%.0f B", value)
        : String.format(Locale.ROOT, "%.1f %s", value, BINARY[unit]);
  }

  public static String percent(double percent) {
    return Double.isFinite(percent) ? String.format(Locale.ROOT, "%.1f %%", percent) : "n/a";
  }

  public static String microwatts(double microwatts) {
    return Double.isFinite(microwatts)
        ? String.format(Locale.ROOT, "%.1f W", microwatts / 1e6)
        : "n/a";
  }

  /**
   * The value of one of the bundled queries (or one named like them) with its unit: CPU and {@code
   * _pct} in percent (CPU summed over cores, so up to 100 × cores), RAM in bytes, scaphandre's
   * power in microwatts; any other query as a plain number.
   *
   * @param query the query's name, optionally followed by {@code (function)}
   */
  public static String queryValue(String query, double value) {
    String name = query.contains("(") ? query.substring(0, query.indexOf('(')) : query;
    if (name.endsWith("_pct") || name.startsWith("cpu_usage")) {
      return percent(value);
    }
    if (name.startsWith("ram_usage")) {
      return bytes(value);
    }
    if (name.startsWith("power_usage")) {
      return microwatts(value);
    }
    if (name.equals("cpu_count_node") && Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%.0f cores", value);
    }
    return Double.isFinite(value) ? String.valueOf(value) : "n/a";
  }
}
