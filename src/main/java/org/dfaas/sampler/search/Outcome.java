package org.dfaas.sampler.search;

/**
 * What measuring one configuration gave.
 *
 * @param overloaded whether it counts as overloaded: more than half of the iterations run
 * @param iterations how many iterations (k6 runs) it took, ≥ 1
 */
public record Outcome(boolean overloaded, int iterations) {

  public Outcome {
    if (iterations < 1) {
      throw new IllegalArgumentException("an outcome takes ≥ 1 iteration, got " + iterations);
    }
  }
}
