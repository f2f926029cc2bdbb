package org.dfaas.sampler.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When one k6 run started and ended, the window its metrics are read over.
 *
 * @param start when the run started
 * @param end when it ended, not before {@code start}
 */
public record RunWindow(Instant start, Instant end) {

  public RunWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "a run cannot end (" + end + ") before it starts (" + start + ")");
    }
  }

  /** How long the run lasted. */
  public Duration length() {
    return Duration.between(start, end);
  }
}
