package org.dfaas.sampler.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.plan.Configuration;

/**
 * The configurations a search proposed and awaits the outcome of, each with what the search keeps
 * of it until then (its plan ordinal, its place in a set). Not thread-safe.
 *
 * @param <V> what the search keeps of a proposed configuration
 */
final class Awaiting<V> {

  private final Map<Configuration, V> proposed = new LinkedHashMap<>();

  void add(Configuration configuration, V kept) {
    proposed.put(configuration, kept);
  }

  /**
   * What was kept of {@code configuration}, now that its outcome has come; it awaits no more.
   *
   * @throws IllegalArgumentException when it was not awaiting an outcome
   */
  V arrived(Configuration configuration) {
    V kept = proposed.remove(configuration);
    if (kept == null) {
      throw new IllegalArgumentException(
          configuration + " is not awaiting an outcome (awaiting: " + proposed.keySet() + ")");
    }
    return kept;
  }

  boolean isEmpty() {
    return proposed.isEmpty();
  }

  /** The configurations awaiting an outcome, in the order they were proposed. */
  Set<Configuration> configurations() {
    return proposed.keySet();
  }
}
