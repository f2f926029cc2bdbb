package org.dfaas.sampler.config;

import java.util.Objects;

/**
 * How a campaign chooses what to measure (the {@code search:} block). The defaults are the old
 * tool's campaign: the grid, every measured configuration run {@code iterations} times. Immutable.
 *
 * @param mode the grid (plan order, skipping what an overloaded configuration dominates) or the
 *     frontier search (measure only what decides where overload starts, infer the rest)
 * @param iterations every iteration for each measured configuration, or one and the others only
 *     when it was close to a threshold
 * @param margin how close is close, relative to each threshold: {@code 0.1} is within 10 %
 * @param zeroRateEquivalent whether, for inference only, a configuration behaves like the one
 *     without its functions at rate 0 (rate 0 sends nothing)
 * @param interiorSamples extra non-overloaded configurations measured per function set in frontier
 *     mode, spread below the frontier, so that a dataset keeps points to regress on
 */
public record SearchSettings(
    Mode mode,
    IterationMode iterations,
    double margin,
    boolean zeroRateEquivalent,
    int interiorSamples) {

  /** Today's campaign: grid, fixed iterations. */
  public static final SearchSettings DEFAULTS =
      new SearchSettings(Mode.GRID, IterationMode.FIXED, 0.1, true, 0);

  public SearchSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(iterations, "iterations");
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be within 0..1, got " + margin);
    }
    if (interiorSamples < 0) {
      throw new IllegalArgumentException("interiorSamples must be ≥ 0, got " + interiorSamples);
    }
  }

  /** This search with another mode: {@code plan --search} overrides the config's. */
  public SearchSettings withMode(Mode other) {
    return new SearchSettings(other, iterations, margin, zeroRateEquivalent, interiorSamples);
  }

  /** This search with other iterations. */
  public SearchSettings withIterations(IterationMode other) {
    return new SearchSettings(mode, other, margin, zeroRateEquivalent, interiorSamples);
  }

  /** {@code search.mode}. */
  public enum Mode implements ConfigKeyword {
    GRID,
    FRONTIER
  }

  /** {@code search.iterations}. */
  public enum IterationMode implements ConfigKeyword {
    FIXED,
    ADAPTIVE
  }
}
