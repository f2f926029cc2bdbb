package org.dfaas.sampler.config;

import java.util.Optional;

/**
 * The warm-up before the first configuration of each function set: one unrecorded run at the set's
 * lowest non-zero rates, so cold functions do not make its first configuration look overloaded.
 *
 * @param duration how long the warm-up run lasts, {@code null} when off ({@code duration: 0s})
 */
public record WarmupSettings(LoadDuration duration) {

  /** Five seconds, as {@code warmup: {duration: 5s}}. */
  public static final WarmupSettings DEFAULT =
      new WarmupSettings(LoadDuration.parse("5s").orElseThrow());

  /** No warm-up. */
  public static final WarmupSettings OFF = new WarmupSettings(null);

  /** The warm-up's duration, empty when there is none. */
  public Optional<LoadDuration> enabled() {
    return Optional.ofNullable(duration);
  }
}
