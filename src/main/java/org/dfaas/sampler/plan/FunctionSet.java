package org.dfaas.sampler.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One combination of functions in a plan: the names every configuration of this combination shares.
 * A plan walk hands the same instance with every configuration of the combination, so a consumer
 * can key per-combination state on it without hashing names for each configuration.
 *
 * @param ordinal the 0-based position of this combination in plan order, over all sizes
 * @param names the function names, sorted, distinct, unmodifiable
 */
public record FunctionSet(int ordinal, List<String> names) {

  public FunctionSet {
    names = List.copyOf(names);
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must be ≥ 0, got " + ordinal);
    }
  }

  /** How many functions this combination holds. */
  public int size() {
    return names.size();
  }

  /**
   * The configuration giving {@code rates[i]} to {@code names().get(i)}.
   *
   * @throws IllegalArgumentException when the lengths differ or a rate is negative
   */
  public Configuration configuration(int[] rates) {
    if (rates.length != names.size()) {
      throw new IllegalArgumentException(
          names.size() + " functions but " + rates.length + " rates");
    }
    List<RatePair> pairs = new ArrayList<>(rates.length);
    for (int i = 0; i < rates.length; i++) {
      pairs.add(new RatePair(names.get(i), rates[i]));
    }
    return new Configuration(pairs);
  }

  /** The key of the configuration giving {@code rates[i]} to {@code names().get(i)}. */
  public ConfigKey key(int[] rates) {
    return new ConfigKey(names, rates);
  }
}
