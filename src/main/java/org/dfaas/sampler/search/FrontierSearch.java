package org.dfaas.sampler.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.FunctionSet;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures only the configurations that decide where overload starts, and infers the rest from
 * monotonicity both ways: a configuration dominated by a measured non-overloaded one is {@code
 * inferred_ok}, one dominating a measured overloaded one {@code inferred_overloaded}. See {@code
 * docs/search.md} for the algorithm and its cost.
 *
 * <p>Function sets are searched one at a time, in plan order, smaller sets first. With {@code
 * zero_rate_equivalent}, a configuration whose functions at rate 0 are dropped takes the class of
 * that smaller configuration, already settled. Within a set, each line of the grid (the last
 * function's rates, the others fixed) is searched for its boundary: galloping down from the top of
 * its unknown stretch when the line above bounds it (the frontier moves little from one line to the
 * next), bisecting otherwise. Then {@code interior_samples} extra points are measured below the
 * frontier, picked by a Halton sequence. When a set is settled, its configurations are handed to
 * the listener in plan order.
 *
 * <p>Contradictions (a measured overloaded configuration dominated by a measured non-overloaded
 * one) are counted and logged; each measured configuration keeps its measured class, and an
 * unmeasured one implied both ways is overloaded: overload wins, as the grid's dominance skip would
 * have it. Nothing is ever measured twice, so the search ends after at most as many measurements as
 * the plan has configurations.
 *
 * <p>Memory: the current set's grid (17 bytes per configuration) and, for sets smaller than the
 * largest size, their classes (9 bytes per configuration); no object per configuration.
 * Deterministic; not thread-safe. It proposes one configuration at a time: each outcome decides the
 * next.
 */
public final class FrontierSearch implements SearchStrategy {

  private static final Logger LOG = LoggerFactory.getLogger(FrontierSearch.class);

  private final Plan plan;
  private final SearchSettings settings;
  private final ClassificationListener listener;
  private final PlanCursor cursor;
  private final int largestSize;
  private final Map<String, int[]> ratesOf = new HashMap<>();
  private final List<FunctionSet> sets = new ArrayList<>();
  private final Map<List<String>, SettledSet> settled = new HashMap<>();
  private final Counts counts = new Counts();

  private FunctionSet set;
  private int setRef;
  private SetLattice lattice;
  private long setOffset;
  private final LineSearch lineSearch = new LineSearch();
  private InteriorSamples samples;
  private int awaitedPoint = -1;
  private Configuration awaited;
  private boolean finished;

  /**
   * @param plan the plan to classify
   * @param settings {@code zero_rate_equivalent} and {@code interior_samples} are read
   * @param listener told of every configuration's class, in plan order, as each set is settled
   */
  public FrontierSearch(Plan plan, SearchSettings settings, ClassificationListener listener) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.cursor = plan.cursor();
    this.largestSize = plan.countsBySize().isEmpty() ? 0 : plan.countsBySize().lastKey();
    for (String name : plan.functionNames()) {
      ratesOf.put(name, plan.ratesOf(name));
    }
  }

  @Override
  public List<Configuration> propose(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be ≥ 1, got " + max);
    }
    if (awaited != null || finished) {
      return List.of();
    }
    while (true) {
      if (set == null && !openNextSet()) {
        finished = true;
        return List.of();
      }
      int point = lineSearch.nextProbe(lattice);
      if (point < 0) {
        point = samples.next(lattice);
      }
      if (point >= 0) {
        awaitedPoint = point;
        awaited = set.configuration(ratesAt(set, point));
        return List.of(awaited);
      }
      settleSet();
    }
  }

  @Override
  public void record(Configuration configuration, Outcome outcome) {
    if (awaited == null || !awaited.equals(configuration)) {
      throw new IllegalArgumentException(
          configuration + " is not awaiting an outcome (awaiting: " + awaited + ")");
    }
    counts.measured(outcome);
    lattice.measure(awaitedPoint, outcome.overloaded(), reference(setRef, awaitedPoint));
    lineSearch.measured(outcome.overloaded());
    awaited = null;
    awaitedPoint = -1;
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public SearchTally tally() {
    return counts.tally();
  }

  private boolean openNextSet() {
    FunctionSet previous = set == null && !sets.isEmpty() ? sets.get(sets.size() - 1) : set;
    while (cursor.advance()) {
      if (cursor.set() != previous) {
        set = cursor.set();
        setRef = sets.size();
        sets.add(set);
        int[] sizes = new int[set.size()];
        for (int d = 0; d < sizes.length; d++) {
          sizes[d] = ratesOf.get(set.names().get(d)).length;
        }
        lattice = new SetLattice(sizes);
        if (settings.zeroRateEquivalent()) {
          new ZeroRateSeeds(set, lattice, ratesOf, settled).seed();
        }
        lineSearch.start();
        samples = new InteriorSamples(settings.interiorSamples());
        return true;
      }
    }
    return false;
  }

  /** Counts, logs, hands over and (when a larger set may need it) keeps the set's classes. */
  private void settleSet() {
    boolean keep = set.size() < largestSize;
    SettledSet kept = keep ? new SettledSet(setRef, lattice.size()) : null;
    for (int point = 0; point < lattice.size(); point++) {
      boolean measured = (lattice.flags(point) & SetLattice.MEASURED) != 0;
      boolean overloaded = lattice.overloaded(point);
      long by = measured ? -1 : lattice.impliedBy(point);
      if (!measured) {
        if (overloaded) {
          counts.inferredOverloaded++;
        } else {
          counts.inferredOk++;
        }
      }
      if (lattice.contradiction(point)) {
        counts.contradictions++;
        LOG.warn(
            "contradiction: {} was measured overloaded, yet {} dominates it and was measured not"
                + " overloaded; both keep their measured class, what both imply counts as"
                + " overloaded",
            set.configuration(ratesAt(set, point)).describe(),
            configurationOf(lattice.okBy(point)).describe());
      }
      if (kept != null) {
        kept.put(point, measured, overloaded, by);
      }
      if (listener != ClassificationListener.NONE) {
        listener.classified(
            setOffset + point + 1,
            new Classification(
                set.configuration(ratesAt(set, point)),
                Classification.Status.of(measured, overloaded),
                measured ? null : configurationOf(by)));
      }
    }
    if (kept != null) {
      settled.put(set.names(), kept);
    }
    setOffset += lattice.size();
    set = null;
    lattice = null;
  }

  static long reference(int setRef, int point) {
    return ((long) setRef << 32) | point;
  }

  private Configuration configurationOf(long reference) {
    FunctionSet owner = sets.get((int) (reference >>> 32));
    return owner.configuration(ratesAt(owner, (int) reference));
  }

  private int[] ratesAt(FunctionSet owner, int point) {
    int[] rates = new int[owner.size()];
    int rest = point;
    for (int d = owner.size() - 1; d >= 0; d--) {
      int[] own = ratesOf.get(owner.names().get(d));
      rates[d] = own[rest % own.length];
      rest /= own.length;
    }
    return rates;
  }
}
