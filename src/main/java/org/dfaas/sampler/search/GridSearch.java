package org.dfaas.sampler.search;

import java.util.List;
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
 * inferred_ok} is always 0.
 *
 * <p>It proposes one configuration at a time: whether the next one runs depends on the outcome of
 * the one before. Not thread-safe.
 */
public final class GridSearch implements SearchStrategy {

  private final PlanCursor cursor;
  private final ClassificationListener listener;
  private final DominanceIndex overloaded = new DominanceIndex();
  private final Counts counts = new Counts();
  private Configuration awaited;
  private long ordinal;
  private boolean finished;

  /**
   * @param plan the plan to walk
   * @param listener told of every configuration's class, in plan order
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
    if (awaited != null || finished) {
      return List.of();
    }
    while (cursor.advance()) {
      ordinal++;
      FunctionSet set = cursor.set();
      int[] rates = cursor.rates();
      int[] dominating = overloaded.dominatingOverloaded(set.names(), rates);
      if (dominating == null) {
        awaited = set.configuration(rates);
        return List.of(awaited);
      }
      counts.inferredOverloaded++;
      if (listener != ClassificationListener.NONE) {
        listener.classified(
            ordinal,
            new Classification(
                set.configuration(rates),
                Classification.Status.INFERRED_OVERLOADED,
                set.configuration(dominating)));
      }
    }
    finished = true;
    return List.of();
  }

  @Override
  public void record(Configuration configuration, Outcome outcome) {
    if (awaited == null || !awaited.equals(configuration)) {
      throw new IllegalArgumentException(
          configuration + " is not awaiting an outcome (awaiting: " + awaited + ")");
    }
    awaited = null;
    counts.measured(outcome);
    if (outcome.overloaded()) {
      overloaded.addOverloaded(configuration);
    }
    if (listener != ClassificationListener.NONE) {
      listener.classified(
          ordinal,
          new Classification(
              configuration, Classification.Status.of(true, outcome.overloaded()), null));
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
