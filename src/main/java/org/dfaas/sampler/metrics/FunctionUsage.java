package org.dfaas.sampler.metrics;

/**
 * What one function used over one run, as the per-function metrics queries measure it; {@code NaN}
 * for a value that could not be measured (compat §8: a failed function query makes all three NaN).
 *
 * @param cpu CPU usage in percent
 * @param ram RAM used, in bytes
 * @param power power drawn, in the unit of the power query
 */
public record FunctionUsage(double cpu, double ram, double power) {

  /** Nothing measured. */
  public static final FunctionUsage UNKNOWN = new FunctionUsage(Double.NaN, Double.NaN, Double.NaN);
}
