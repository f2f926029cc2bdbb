package org.dfaas.sampler.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration of one k6 run, kept as the text the user wrote ({@code 30s}) because that text goes
 * verbatim into the k6 script and into PromQL's {@code {time_span}}.
 *
 * @param text the duration as written, {@code <int><unit>} with unit ms, s, m or h
 * @param millis the same duration in milliseconds
 */
public record LoadDuration(String text, long millis) {

  private static final Pattern FORMAT = Pattern.compile("([0-9]+)(ms|s|m|h)");

  /** Parses {@code text}, or returns empty when it is not {@code <int><unit>} with a value > 0. */
  public static Optional<LoadDuration> parse(String text) {
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long value;
    try {
      value = Long.parseLong(matcher.group(1));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
    if (value <= 0) {
      return Optional.empty();
    }
    long unitMillis =
        switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
          case "ms" -> 1L;
          case "s" -> 1_000L;
          case "m" -> 60_000L;
          default -> 3_600_000L;
        };
    if (value > Long.MAX_VALUE / unitMillis / 1_000) {
      return Optional.empty();
    }
    return Optional.of(new LoadDuration(text, value * unitMillis));
  }

  /** The duration in whole seconds, rounded up. */
  public long seconds() {
    return (millis + 999) / 1000;
  }

  @Override
  public String toString() {
    return text;
  }
}
