package org.dfaas.sampler.config;

import java.util.List;

/**
 * How the request rates of a campaign are chosen (compat §2). Each strategy validates itself and
 * lists every problem it finds, like k6 executors do.
 */
public sealed interface RateStrategy
    permits LinearRates, ExponentialRates, RandomRates, CustomRates {

  /** The strategy's name as written in {@code rate_strategy.type}. */
  String type();

  /**
   * The rates, ascending and distinct. Only meaningful when {@link #validate(String)} found
   * nothing.
   */
  int[] rates();

  /** Every problem of this strategy, each named under {@code path}; empty when it is usable. */
  List<ConfigProblem> validate(String path);

  /** The lowest rate this strategy gives. */
  default int lowestRate() {
    int[] rates = rates();
    return rates.length == 0 ? 0 : rates[0];
  }
}
