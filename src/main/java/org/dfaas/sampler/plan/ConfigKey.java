package org.dfaas.sampler.plan;

import java.util.Arrays;
import java.util.List;

/**
 * What identifies a configuration in {@code index.csv}: the sorted function names and their rates.
 *
 * @param functions the sorted function names
 * @param rates the rates, in the order of {@code functions}
 */
public record ConfigKey(List<String> functions, int[] rates) {

  public ConfigKey {
    functions = List.copyOf(functions);
    rates = rates.clone();
    if (functions.size() != rates.length) {
      throw new IllegalArgumentException(
          functions.size() + " functions but " + rates.length + " rates");
    }
  }

  @Override
  public int[] rates() {
    return rates.clone();
  }

  /** The configuration this key stands for. */
  public Configuration configuration() {
    java.util.List<RatePair> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < rates.length; i++) {
      pairs.add(new RatePair(functions.get(i), rates[i]));
    }
    return new Configuration(pairs);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfigKey key
        && functions.equals(key.functions)
        && Arrays.equals(rates, key.rates);
  }

  @Override
  public int hashCode() {
    return 31 * functions.hashCode() + Arrays.hashCode(rates);
  }

  @Override
  public String toString() {
    return functions + ":" + Arrays.toString(rates);
  }
}
