package org.dfaas.sampler.plan;

import java.util.Objects;

/**
 * One function of a configuration and the rate it receives, in requests per second.
 *
 * @param function the function name
 * @param rate requests per second, ≥ 0
 */
public record RatePair(String function, int rate) {

  public RatePair {
    Objects.requireNonNull(function, "function");
    if (rate < 0) {
      throw new IllegalArgumentException("rate of " + function + " must be ≥ 0, got " + rate);
    }
  }

  @Override
  public String toString() {
    return function + "=" + rate;
  }
}
