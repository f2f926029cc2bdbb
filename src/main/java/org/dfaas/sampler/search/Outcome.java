package org.dfaas.sampler.search;

/**
 * What measuring one configuration gave.
 *
 * @param overloaded whether it counts as overloaded: more than half of the iterations run; never
 *     for a failed one
 * @param iterations how many iterations (k6 runs) it took, ≥ 1
 * @param failed whether its run failed (k6, the gateway, the metrics…) before it was decided: it
 *     says nothing about overload, so nothing is inferred from it
 */
public record Outcome(boolean overloaded, int iterations, boolean failed) {

  public Outcome {
    if (iterations < 1) {
      throw new IllegalArgumentException("an outcome takes ≥ 1 iteration, got " + iterations);
    }
    if (failed && overloaded) {
      throw new IllegalArgumentException("a failed outcome is undecided, not overloaded");
    }
  }

  /** A decided outcome: overloaded or not. */
  public Outcome(boolean overloaded, int iterations) {
    this(overloaded, iterations, false);
  }

  /** The outcome of a configuration whose run failed after {@code iterations} k6 runs, ≥ 1. */
  public static Outcome failed(int iterations) {
    return new Outcome(false, iterations, true);
  }
}
