package org.dfaas.sampler;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dfaas-sampler writes times and durations for people: the progress bar's elapsed time
 * and ETA, the closing summary, the plan's estimates, log lines and the report all use it, so a
 * number read in one place can be compared with one read in another. Machine outputs ({@code
 * --json}, CSV files) keep plain seconds and ISO-8601.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeFormat {

  /**
   * A moment, as {@code campaign.log} stamps its lines and the report shows them: {@code 2026-11-30
   * 14:05:09.250}, local time.
   */
  public static final String TIMESTAMP_PATTERN = "yyyy-MM-dd HH:mm:ss.SSS";

  /** The time-of-day part of {@link #TIMESTAMP_PATTERN}, for the terminal's log lines. */
  public static final String CLOCK_PATTERN = "HH:mm:ss.SSS";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern(TIMESTAMP_PATTERN, Locale.ROOT);

  private TimeFormat() {}

  /**
   * A duration for a human who plans a week around it: {@code 2 d 3 h 04 m}, {@code 3 h 04 m 05 s}
   * or {@code 4 m 05 s} (also under a minute, {@code 0 m 40 s}, so columns of them line up).
   * Negative durations count as zero.
   */
  public static String duration(long seconds) {
    long s = Math.max(0, seconds);
    long days = s / 86_400;
    long hours = s % 86_400 / 3_600;
    long minutes = s % 3_600 / 60;
    long rest = s % 60;
    if (days > 0) {
      return String.format(Locale.ROOT, "%d d %d h %02d m", days, hours, minutes);
    }
    if (hours > 0) {
      return String.format(Locale.ROOT, "%d h %02d m %02d s", hours, minutes, rest);
    }
    return String.format(Locale.ROOT, "%d m %02d s", minutes, rest);
  }

  /** {@link #duration(long)} of a {@link java.time.Duration}, cut to whole seconds. */
  public static String duration(java.time.Duration duration) {
    return duration(duration.toSeconds());
  }

  /** A moment in {@link #TIMESTAMP_PATTERN}. */
  public static String timestamp(LocalDateTime moment) {
    return TIMESTAMP.format(moment);
  }

  /** Parses a moment written in {@link #TIMESTAMP_PATTERN}. */
  public static LocalDateTime parseTimestamp(CharSequence text) {
    return LocalDateTime.parse(text, TIMESTAMP);
  }
}
