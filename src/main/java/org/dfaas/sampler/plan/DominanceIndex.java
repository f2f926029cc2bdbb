package org.dfaas.sampler.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "is this configuration dominated by one already found overloaded?" (compat §3, §4): a
 * configuration A is skipped when an overloaded configuration O of the same function names has
 * every rate ≤ A's and at least one strictly lower, i.e. A asks at least as much of every function
 * as a load the node already failed to carry. A configuration never dominates itself, and sets of
 * different names never dominate each other ({@code [a=10]} says nothing about {@code [a=20,
 * b=0]}).
 *
 * <p>Only the minimal overloaded configurations of each function set are kept (an antichain), so a
 * query looks at a few points however many overloaded configurations were added, and adding them in
 * any order (e.g. read back from disk) gives the same answers.
 *
 * <p>The {@code (names, rates)} methods serve bulk walks: they allocate nothing per call and look
 * the function set up by identity of {@code names} first, so pass the same unmodifiable list (a
 * {@link FunctionSet#names()}) for all configurations of a set.
 *
 * <p>Not thread-safe.
 */
public final class DominanceIndex {

  private final Map<List<String>, Frontier> frontiers = new HashMap<>();
  private List<String> lastNames;
  private Frontier lastFrontier;
  private long kept;

  /** Records {@code configuration} as overloaded. */
  public void addOverloaded(Configuration configuration) {
    addOverloaded(configuration.functionNames(), configuration.rates());
  }

  /** Whether an overloaded configuration recorded here dominates {@code configuration}. */
  public boolean isDominated(Configuration configuration) {
    return isDominated(configuration.functionNames(), configuration.rates());
  }

  /**
   * Records the configuration giving {@code rates[i]} to {@code names.get(i)} as overloaded.
   *
   * @param names the function names, sorted, distinct, unmodifiable
   * @param rates the rates in the order of {@code names}; not kept
   * @throws IllegalArgumentException when the lengths differ
   */
  public void addOverloaded(List<String> names, int[] rates) {
    checkLengths(names, rates);
    Frontier frontier = frontier(names);
    if (frontier == null) {
      frontier = new Frontier(rates.length);
      frontiers.put(List.copyOf(names), frontier);
      lastNames = names;
      lastFrontier = frontier;
    }
    int before = frontier.size();
    frontier.add(rates);
    kept += frontier.size() - before;
  }

  /**
   * Whether an overloaded configuration recorded here dominates the one giving {@code rates[i]} to
   * {@code names.get(i)}.
   *
   * @param names the function names, sorted, distinct, unmodifiable
   * @param rates the rates in the order of {@code names}
   * @throws IllegalArgumentException when the lengths differ
   */
  public boolean isDominated(List<String> names, int[] rates) {
    checkLengths(names, rates);
    Frontier frontier = frontier(names);
    return frontier != null && frontier.dominates(rates);
  }

  /**
   * The rates of a recorded overloaded configuration that dominates the one giving {@code rates[i]}
   * to {@code names.get(i)}, or {@code null} when none does: what implies that it is overloaded. Of
   * several, the one with the lowest rate sum, then the first in plan order.
   *
   * @throws IllegalArgumentException when the lengths differ
   */
  public int[] dominatingOverloaded(List<String> names, int[] rates) {
    checkLengths(names, rates);
    Frontier frontier = frontier(names);
    if (frontier == null) {
      return null;
    }
    int position = frontier.firstDominator(rates);
    return position < 0 ? null : frontier.point(position);
  }

  /** How many minimal overloaded configurations are kept, over all function sets. */
  public long minimalCount() {
    return kept;
  }

  private Frontier frontier(List<String> names) {
    if (names != lastNames) {
      lastFrontier = frontiers.get(names);
      lastNames = names;
    }
    return lastFrontier;
  }

  private static void checkLengths(List<String> names, int[] rates) {
    if (names.size() != rates.length) {
      throw new IllegalArgumentException(
          names.size() + " functions but " + rates.length + " rates");
    }
  }
}
