package org.dfaas.sampler.search;

/**
 * What a search measured and inferred, as {@code plan --json} reports it. {@code measuredOverloaded
 * + measuredOk + inferredOverloaded + inferredOk + failed} is the number of configurations
 * classified.
 *
 * @param measured how many configurations were measured
 * @param k6Runs how many iterations those measurements took
 * @param measuredOverloaded measured and overloaded
 * @param measuredOk measured and not overloaded
 * @param inferredOverloaded not measured, dominating a measured overloaded configuration
 * @param inferredOk not measured, dominated by a measured non-overloaded configuration
 * @param contradictions measured overloaded configurations dominated by a measured non-overloaded
 *     one: noise against monotonicity
 * @param failed measured, but the run failed before it was decided: neither overloaded nor not
 */
public record SearchTally(
    long measured,
    long k6Runs,
    long measuredOverloaded,
    long measuredOk,
    long inferredOverloaded,
    long inferredOk,
    long contradictions,
    long failed) {

  /** How many configurations are classified. */
  public long classified() {
    return measuredOverloaded + measuredOk + inferredOverloaded + inferredOk + failed;
  }
}
