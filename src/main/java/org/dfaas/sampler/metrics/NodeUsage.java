package org.dfaas.sampler.metrics;

/**
 * What the node used at one moment or over one run, the four node values every output row carries.
 * A value that could not be measured (power without Scaphandre, a failed query) is {@code NaN} and
 * is written {@code nan}.
 *
 * @param cpu CPU usage summed over all cores, in percent (up to 100 × cores)
 * @param ram RAM used, in bytes
 * @param ramPct RAM used, in percent of the node's RAM
 * @param power power drawn, in the unit of the power query
 */
public record NodeUsage(double cpu, double ram, double ramPct, double power) {

  /** Nothing measured. */
  public static final NodeUsage UNKNOWN =
      new NodeUsage(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
