package org.dfaas.sampler.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks a plan the way a campaign would (compat §4) without running anything, to tell how much of
 * it is left: which configurations are already done, which would run, and, given an assumed node
 * capacity, which would be skipped as dominated by an overloaded one.
 *
 * <p>A configuration is assumed overloaded exactly when the sum of its rates exceeds the capacity
 * (requests per second). In plan order: dominated by an assumed-overloaded configuration → {@link
 * PlanStatus#DOMINATED}; else in the index → {@link PlanStatus#DONE}; else {@link
 * PlanStatus#TO_RUN}.
 *
 * <p>A configuration that runs and is assumed overloaded joins the dominance index, as in a
 * campaign. A <em>done</em> one above the capacity joins it too, and is counted as assumed
 * overloaded: a resumed campaign rebuilds its overloaded set from the results on disk, so what was
 * overloaded before still dominates; assuming the done ones were overloaded by the same rule keeps
 * the estimate of a resumed campaign equal to that of a fresh one.
 *
 * <p>Stateless and thread-safe; each call has its own dominance index.
 */
public final class PlanEstimator {

  private final Plan plan;

  public PlanEstimator(Plan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /**
   * Estimates the plan.
   *
   * @param done whether a configuration's key is already in the index; asked only about
   *     configurations that are not dominated
   * @param capacityRps the assumed capacity; empty to assume nothing is overloaded
   */
  public PlanEstimate estimate(Predicate<ConfigKey> done, OptionalLong capacityRps) {
    return estimate(done, capacityRps, EstimateListener.NONE);
  }

  /**
   * Estimates the plan, handing each configuration with its status to {@code listener} in plan
   * order.
   */
  public PlanEstimate estimate(
      Predicate<ConfigKey> done, OptionalLong capacityRps, EstimateListener listener) {
    return estimate(done, capacityRps, listener, List.of());
  }

  /**
   * Estimates what is left of a resumed campaign: {@code recordedOverloaded} (the configurations
   * the output folder already holds as overloaded) dominate from the start, as they do when the
   * campaign resumes, whether a capacity is assumed or not.
   */
  public PlanEstimate estimate(
      Predicate<ConfigKey> done,
      OptionalLong capacityRps,
      EstimateListener listener,
      Collection<Configuration> recordedOverloaded) {
    Walk walk = new Walk(done, capacityRps, listener, plan.functionNames().size());
    recordedOverloaded.forEach(walk::recordOverloaded);
    plan.walk(walk);
    return walk.result(plan.countsBySize().keySet());
  }

  /** The state of one estimate: counters per size and the dominance index. */
  private static final class Walk implements PlanVisitor {

    private static final int CONFIGURATIONS = 0;
    private static final int DONE = 1;
    private static final int DOMINATED = 2;
    private static final int TO_RUN = 3;
    private static final int OVERLOADED = 4;

    private final Predicate<ConfigKey> done;
    private final boolean capped;
    private final long capacity;
    private final EstimateListener listener;
    private final long[][] counts;
    private final DominanceIndex overloaded = new DominanceIndex();
    private long ordinal;
    private boolean recorded;

    Walk(
        Predicate<ConfigKey> done,
        OptionalLong capacityRps,
        EstimateListener listener,
        int functions) {
      this.done = Objects.requireNonNull(done, "done");
      this.capped = capacityRps.isPresent();
      this.capacity = capacityRps.orElse(Long.MAX_VALUE);
      this.listener = Objects.requireNonNull(listener, "listener");
      this.counts = new long[functions + 1][5];
    }

    void recordOverloaded(Configuration configuration) {
      overloaded.addOverloaded(configuration);
      recorded = true;
    }

    @Override
    public void visit(FunctionSet set, int[] rates) {
      long[] row = counts[set.size()];
      row[CONFIGURATIONS]++;
      ordinal++;
      if ((capped || recorded) && overloaded.isDominated(set.names(), rates)) {
        row[DOMINATED]++;
        listener.configuration(ordinal, set, rates, PlanStatus.DOMINATED, false);
        return;
      }
      PlanStatus status = done.test(set.key(rates)) ? PlanStatus.DONE : PlanStatus.TO_RUN;
      row[status == PlanStatus.DONE ? DONE : TO_RUN]++;
      boolean overload = capped && sum(rates) > capacity;
      if (overload) {
        overloaded.addOverloaded(set.names(), rates);
        row[OVERLOADED]++;
      }
      listener.configuration(ordinal, set, rates, status, overload);
    }

    PlanEstimate result(Set<Integer> sizes) {
      List<SizeEstimate> bySize = new ArrayList<>();
      long[] total = new long[5];
      for (int size : sizes) {
        long[] row = counts[size];
        bySize.add(
            new SizeEstimate(
                size,
                row[CONFIGURATIONS],
                row[DONE],
                row[DOMINATED],
                row[TO_RUN],
                row[OVERLOADED]));
        for (int i = 0; i < total.length; i++) {
          total[i] += row[i];
        }
      }
      return new PlanEstimate(
          total[CONFIGURATIONS],
          total[DONE],
          total[DOMINATED],
          total[TO_RUN],
          total[OVERLOADED],
          bySize);
    }

    private static long sum(int[] rates) {
      long sum = 0;
      for (int rate : rates) {
        sum += rate;
      }
      return sum;
    }
  }
}
