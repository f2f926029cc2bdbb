package org.dfaas.sampler.cli.render;

import java.util.Locale;

/** Durations for a human who plans a week around them. */
public final class Durations {

  private Durations() {}

  /** {@code 2 d 3 h 04 m}, {@code 3 h 04 m 05 s} or {@code 4 m 05 s}. */
  public static String of(long seconds) {
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3_600;
    long minutes = seconds % 3_600 / 60;
    long rest = seconds % 60;
    if (days > 0) {
      return String.format(Locale.ROOT, "%d d %d h %02d m", days, hours, minutes);
    }
    if (hours > 0) {
      return String.format(Locale.ROOT, "%d h %02d m %02d s", hours, minutes, rest);
    }
    return String.format(Locale.ROOT, "%d m %02d s", minutes, rest);
  }
}
