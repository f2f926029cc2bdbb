package org.dfaas.sampler.search;

import java.util.Objects;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.config.SearchSettings.IterationMode;

/**
 * How many iterations a measured configuration gets. Fixed: all of them. Adaptive: one, and the
 * others only when that one was near a threshold (see {@code OverloadEvaluator.nearThreshold}).
 * Either way the majority of the iterations run decides (compat §4). Immutable and thread-safe.
 */
public final class IterationPolicy {

  private final IterationMode mode;
  private final int iterations;

  private IterationPolicy(IterationMode mode, int iterations) {
    this.mode = Objects.requireNonNull(mode, "mode");
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be ≥ 1, got " + iterations);
    }
    this.iterations = iterations;
  }

  /** The policy of {@code settings} with {@code iterations} per configuration at most. */
  public static IterationPolicy of(SearchSettings settings, int iterations) {
    return new IterationPolicy(settings.iterations(), iterations);
  }

  /** At most this many iterations per configuration: the config's {@code iterations}. */
  public int iterations() {
    return iterations;
  }

  /**
   * Whether one more iteration is to run.
   *
   * @param run how many iterations ran so far
   * @param firstNearThreshold whether the first of them was near a threshold (ignored when none ran
   *     yet, and in fixed mode)
   */
  public boolean wantsAnother(int run, boolean firstNearThreshold) {
    if (run >= iterations) {
      return false;
    }
    return mode == IterationMode.FIXED || run == 0 || firstNearThreshold;
  }

  /**
   * The outcome of a configuration an earlier run of the folder finished with these iterations: in
   * fixed mode a majority of the planned iterations, in adaptive mode of those that ran (a folder
   * of the old tool whose index lists a configuration without rows reads as not overloaded).
   */
  public Outcome resumed(IterationTally done) {
    int ran = Math.max(1, done.iterations());
    int planned = mode == IterationMode.ADAPTIVE ? ran : iterations;
    return new Outcome(IterationTally.overloadedOutOf(done.overloaded(), planned), ran);
  }

  /**
   * Whether a configuration the index lists as done with these rows gets more: it has rows, and
   * this policy wants more than it holds (the campaign's {@code iterations} were raised since). In
   * adaptive mode a lone row was not near a threshold, so it stays alone; two or more were.
   */
  public boolean topsUp(IterationTally done) {
    return done.iterations() >= 1 && wantsAnother(done.iterations(), done.iterations() >= 2);
  }

  /** The outcome of {@code overloaded} overloaded iterations out of {@code run}. */
  public static Outcome outcome(int run, int overloaded) {
    return new Outcome(IterationTally.overloadedOutOf(overloaded, run), run);
  }
}
