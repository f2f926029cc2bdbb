package org.dfaas.sampler.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.DominanceIndex;
import org.dfaas.sampler.plan.FunctionSet;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanCursor;

/**
 * The old tool's campaign (compat §4): every configuration in plan order, except those dominated by
 * one found overloaded, which are {@link Classification.Status#INFERRED_OVERLOADED} with that one
 * as {@code implied_by}. It infers nothing from a non-overloaded outcome, so its {@code
 * inferred_ok} is always 0. A failed configuration never joins the overloaded set, as in the old
 * tool, and skips nothing.
 *
 * <p>Several at once: a configuration is independent of the undecided ones before it in plan order
 * (awaiting an outcome, or held back) unless it dominates one of them, for only an overloaded
 * configuration it dominates can skip it. Such a one is held back, in plan order, until those it
 * dominates are decided; up to {@value #LOOKAHEAD} are held, so the walk ahead stays bounded. The
 * configurations measured are therefore those of the serial walk, whatever the order outcomes
 * arrive in. With one at a time (nothing awaiting when it proposes) it is the serial walk exactly.
 *
 * <p>Not thread-safe.
 */
public final class GridSearch implements SearchStrategy {

  /** How many blocked configurations are held back at most before the walk waits. */
  static final int LOOKAHEAD = 1024;

  private final PlanCursor cursor;
  private final ClassificationListener listener;
  private final DominanceIndex overloaded = new DominanceIndex();
  private final Counts counts = new Counts();
  private final Awaiting<Long> awaiting = new Awaiting<>();
  private final Map<Configuration, Long> held = new LinkedHashMap<>();
  private long ordinal;
  private boolean exhausted;
  private boolean finished;

  /**
   * @param plan the plan to walk
   * @param listener told of every configuration's class; in plan order when one is measured at a
   *     time
   */
  public GridSearch(Plan plan, ClassificationListener listener) {
    this.cursor = plan.cursor();
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public List<Configuration> propose(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be ≥ 1, got " + max);
    }
    List<Configuration> proposed = new ArrayList<>();
    if (finished) {
      return proposed;
    }
    releaseHeld(proposed, max);
    while (proposed.size() < max && held.size() < LOOKAHEAD && !exhausted) {
      if (!cursor.advance()) {
        exhausted = true;
        break;
      }
      ordinal++;
      FunctionSet set = cursor.set();
      int[] rates = cursor.rates();
      int[] dominating = overloaded.dominatingOverloaded(set.names(), rates);
      if (dominating != null) {
        skip(ordinal, set.configuration(rates), set.configuration(dominating));
      } else {
        Configuration configuration = set.configuration(rates);
        if (blocked(configuration, null)) {
          held.put(configuration, ordinal);
        } else {
          awaiting.add(configuration, ordinal);
          proposed.add(configuration);
        }
      }
    }
    if (exhausted && awaiting.isEmpty() && held.isEmpty()) {
      finished = true;
    }
    return proposed;
  }

  /** Proposes held-back configurations no longer blocked; skips those an overload dominates. */
  private void releaseHeld(List<Configuration> proposed, int max) {
    Iterator<Map.Entry<Configuration, Long>> it = held.entrySet().iterator();
    while (it.hasNext() && proposed.size() < max) {
      Map.Entry<Configuration, Long> entry = it.next();
      Configuration configuration = entry.getKey();
      int[] dominating =
          overloaded.dominatingOverloaded(configuration.functionNames(), configuration.rates());
      if (dominating != null) {
        it.remove();
        skip(
            entry.getValue(),
            configuration,
            new FunctionSet(0, configuration.functionNames()).configuration(dominating));
      } else if (!blocked(configuration, configuration)) {
        it.remove();
        awaiting.add(configuration, entry.getValue());
        proposed.add(configuration);
      }
    }
  }

  /**
   * Whether {@code configuration} dominates one awaiting an outcome or one held before it ({@code
   * self}: where it is held itself; {@code null} when it comes from the plan).
   */
  private boolean blocked(Configuration configuration, Configuration self) {
    for (Configuration pending : awaiting.configurations()) {
      if (dominates(configuration, pending)) {
        return true;
      }
    }
    for (Configuration before : held.keySet()) {
      if (before.equals(self)) {
        break;
      }
      if (dominates(configuration, before)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dominates(Configuration upper, Configuration lower) {
    if (!upper.functionNames().equals(lower.functionNames())) {
      return false;
    }
    int[] high = upper.rates();
    int[] low = lower.rates();
    for (int i = 0; i < high.length; i++) {
      if (high[i] < low[i]) {
        return false;
      }
    }
    return true;
  }

  private void skip(long at, Configuration configuration, Configuration dominating) {
    counts.inferredOverloaded++;
    if (listener != ClassificationListener.NONE) {
      listener.classified(
          at,
          new Classification(configuration, Classification.Status.INFERRED_OVERLOADED, dominating));
    }
  }

  @Override
  public void record(Configuration configuration, Outcome outcome) {
    long at = awaiting.arrived(configuration);
    counts.measured(outcome);
    if (outcome.overloaded()) {
      overloaded.addOverloaded(configuration);
    }
    if (listener != ClassificationListener.NONE) {
      listener.classified(
          at,
          new Classification(
              configuration,
              outcome.failed()
                  ? Classification.Status.FAILED
                  : Classification.Status.of(true, outcome.overloaded()),
              null));
    }
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public SearchTally tally() {
    return counts.tally();
  }
}
