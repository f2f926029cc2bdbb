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
 * next), else from the boundary of the line before or of a smaller set, by 1, 2, 4, … then
 * bisecting (see {@link LineSearch}). Then {@code interior_samples} extra points are measured below
 * the frontier, picked by a Halton sequence. When a set is settled, its configurations are handed
 * to the listener in plan order.
 *
 * <p>A configuration whose run failed ({@link Outcome#failed()}) is known but undecided: nothing is
 * inferred from it, no line probes it again (a probe that would land on it takes the nearest
 * unknown point of its line instead), and it is classified {@code failed}.
 *
 * <p>Contradictions (a measured overloaded configuration dominated by a measured non-overloaded
 * one) are counted and told to the listener once each, when the set is settled; each measured
 * configuration keeps its measured class, and an unmeasured one implied both ways is overloaded:
 * overload wins, as the grid's dominance skip would have it. Nothing is ever measured twice, so the
 * search ends after at most as many measurements as the plan has configurations.
 *
 * <p>Several at once ({@code propose(max)} with max &gt; 1): sets of the same size are searched
 * side by side (each is seeded by the smaller sets, all settled before), one probe each, which
 * costs no more runs than searching them one after the other; then more lines of one set, each
 * probe incomparable with those in flight (a line searched before the one above it is settled
 * bisects, and may cost more). Sets are settled, and handed to the listener, in plan order. With
 * one at a time (nothing awaiting when it proposes) it is the serial search exactly.
 *
 * <p>Memory: the open sets' grids (17 bytes per configuration) and, for sets smaller than the
 * largest size, their classes (9 bytes per configuration); no object per configuration.
 * Deterministic; not thread-safe.
 */
public final class FrontierSearch implements SearchStrategy {

  private final Plan plan;
  private final SearchSettings settings;
  private final ClassificationListener listener;
  private final PlanCursor cursor;
  private final int largestSize;
  private final Map<String, int[]> ratesOf = new HashMap<>();
  private final List<FunctionSet> sets = new ArrayList<>();
  private final Map<List<String>, SettledSet> settled = new HashMap<>();
  private final Counts counts = new Counts();
  private final Map<String, Integer> singleBoundaries = new HashMap<>();
  private int lastSingleBoundary;

  private final List<SetSearch> open = new ArrayList<>();
  private final Awaiting<Awaited> awaiting = new Awaiting<>();
  private FunctionSet nextSet;
  private long nextOffset;
  private boolean exhausted;
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
    List<Configuration> proposed = new ArrayList<>();
    while (!finished && proposed.size() < max) {
      settleLeading();
      if (open.isEmpty() && !openNextSet()) {
        finished = true;
        break;
      }
      SetSearch picked = null;
      int point = -1;
      // First one probe for each set with none in flight, then new sets of the same size (both
      // cost no more runs than searching them one after the other), then more lines of a set.
      for (SetSearch search : open) {
        if (search.inFlight() == 0 && (point = search.next(1)) >= 0) {
          picked = search;
          break;
        }
      }
      if (picked == null && open.get(0).done()) {
        continue;
      }
      while (picked == null && mayOpenAnother() && openNextSet()) {
        SetSearch search = open.get(open.size() - 1);
        if ((point = search.next(1)) >= 0) {
          picked = search;
        }
      }
      for (int s = 0; picked == null && s < open.size(); s++) {
        if ((point = open.get(s).next(max)) >= 0) {
          picked = open.get(s);
        }
      }
      if (picked == null) {
        break;
      }
      Configuration configuration = picked.set().configuration(ratesAt(picked.set(), point));
      awaiting.add(configuration, new Awaited(picked, point));
      proposed.add(configuration);
    }
    return proposed;
  }

  @Override
  public void record(Configuration configuration, Outcome outcome) {
    Awaited awaited = awaiting.arrived(configuration);
    counts.measured(outcome);
    awaited.search().measured(awaited.point(), outcome);
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public SearchTally tally() {
    return counts.tally();
  }

  /**
   * Whether the next set may open while others are: only when it has the size of the open ones,
   * whose smaller sets (its zero-rate seeds) are therefore all settled.
   */
  private boolean mayOpenAnother() {
    if (exhausted || open.isEmpty()) {
      return false;
    }
    if (nextSet == null && !advanceToNextSet()) {
      return false;
    }
    return nextSet.size() == open.get(0).set().size();
  }

  /** Moves the cursor to the first configuration of the next set; false when there is none. */
  private boolean advanceToNextSet() {
    FunctionSet previous = sets.isEmpty() ? null : sets.get(sets.size() - 1);
    while (cursor.advance()) {
      if (cursor.set() != previous) {
        nextSet = cursor.set();
        return true;
      }
    }
    exhausted = true;
    return false;
  }

  private boolean openNextSet() {
    if (nextSet == null && (exhausted || !advanceToNextSet())) {
      return false;
    }
    FunctionSet set = nextSet;
    nextSet = null;
    int setRef = sets.size();
    sets.add(set);
    int[] sizes = new int[set.size()];
    for (int d = 0; d < sizes.length; d++) {
      sizes[d] = ratesOf.get(set.names().get(d)).length;
    }
    SetLattice lattice = new SetLattice(sizes);
    if (settings.zeroRateEquivalent()) {
      new ZeroRateSeeds(set, lattice, ratesOf, settled).seed();
    }
    open.add(
        new SetSearch(
            set, setRef, nextOffset, lattice, settings.interiorSamples(), smallerBoundary(set)));
    nextOffset += lattice.size();
    return true;
  }

  /**
   * Where a line of {@code set} that nothing else hints starts: the boundary of its last function
   * alone; for a single, that of the single before it (functions of one campaign tend to load a
   * node alike); the bottom for the first.
   */
  private int smallerBoundary(FunctionSet set) {
    if (set.size() == 1) {
      return lastSingleBoundary;
    }
    return singleBoundaries.getOrDefault(set.names().get(set.size() - 1), 0);
  }

  /** Settles the open sets that are done, in plan order, up to the first that is not. */
  private void settleLeading() {
    while (!open.isEmpty() && open.get(0).done()) {
      settleSet(open.remove(0));
    }
  }

  /** Counts, logs, hands over and (when a larger set may need it) keeps the set's classes. */
  private void settleSet(SetSearch search) {
    FunctionSet set = search.set();
    SetLattice lattice = search.lattice();
    boolean keep = set.size() < largestSize;
    SettledSet kept = keep ? new SettledSet(search.ref(), lattice.size()) : null;
    for (int point = 0; point < lattice.size(); point++) {
      if (lattice.failed(point)) {
        settleFailed(search, point, kept);
        continue;
      }
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
        listener.contradiction(
            search.offset() + point + 1,
            set.configuration(ratesAt(set, point)),
            configurationOf(lattice.okBy(point)),
            counts.contradictions);
      }
      if (kept != null) {
        kept.put(point, measured, overloaded, by);
      }
      if (listener != ClassificationListener.NONE) {
        listener.classified(
            search.offset() + point + 1,
            new Classification(
                set.configuration(ratesAt(set, point)),
                Classification.Status.of(measured, overloaded),
                measured ? null : configurationOf(by)));
      }
    }
    if (kept != null) {
      settled.put(set.names(), kept);
    }
    if (set.size() == 1) {
      lastSingleBoundary = SetSearch.boundary(lattice, 0);
      singleBoundaries.put(set.names().get(0), lastSingleBoundary);
    }
  }

  /** A configuration whose run failed is {@code failed}, whatever its neighbours imply. */
  private void settleFailed(SetSearch search, int point, SettledSet kept) {
    if (kept != null) {
      kept.putFailed(point);
    }
    if (listener != ClassificationListener.NONE) {
      listener.classified(
          search.offset() + point + 1,
          new Classification(
              search.set().configuration(ratesAt(search.set(), point)),
              Classification.Status.FAILED,
              null));
    }
  }

  /** A proposed configuration: its set's search and its point there. */
  private record Awaited(SetSearch search, int point) {}

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
