package org.dfaas.sampler.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.plan.FunctionSet;

/**
 * The frontier search of one function set: its lines, in order, then its interior samples. A line
 * bounded by nothing from above starts from the boundary of the line before it when that one is
 * settled, else from the boundary of a smaller set along the same function ({@link LineSearch}).
 * Several lines may be searched at once (up to the width the caller allows); a probe is proposed
 * only when it is incomparable with every probe of the set still awaiting an outcome, so no outcome
 * in flight could have made it unnecessary. With a width of one it is the serial line-by-line
 * search.
 *
 * <p>Not thread-safe.
 */
final class SetSearch {

  private final FunctionSet set;
  private final int ref;
  private final long offset;
  private final SetLattice lattice;
  private final int lines;
  private final List<LineSearch> active = new ArrayList<>();
  private final Map<Integer, LineSearch> inFlight = new HashMap<>();
  private final InteriorSamples samples;
  private final int smallerBoundary;
  private int nextLine;
  private boolean samplesDone;

  /**
   * @param set the function set
   * @param ref its index among the sets opened so far, for references to its points
   * @param offset how many configurations of the plan come before it
   * @param lattice its grid, seeded already
   * @param interiorSamples how many interior samples to measure
   * @param smallerBoundary the boundary a smaller set found along this set's last function (the
   *     index of its lowest overloaded rate, the number of rates for none), the hint of a line that
   *     nothing else hints; 0 when unknown
   */
  SetSearch(
      FunctionSet set,
      int ref,
      long offset,
      SetLattice lattice,
      int interiorSamples,
      int smallerBoundary) {
    this.set = set;
    this.smallerBoundary = smallerBoundary;
    this.ref = ref;
    this.offset = offset;
    this.lattice = lattice;
    this.lines = lattice.size() / lattice.sizeOf(lattice.dimensions() - 1);
    this.samples = new InteriorSamples(interiorSamples);
  }

  FunctionSet set() {
    return set;
  }

  int ref() {
    return ref;
  }

  long offset() {
    return offset;
  }

  SetLattice lattice() {
    return lattice;
  }

  int inFlight() {
    return inFlight.size();
  }

  /**
   * The next point to measure with at most {@code width} lines searched at once, or -1 when none
   * can be proposed now (see {@link #done()} for whether any ever will).
   */
  int next(int width) {
    Iterator<LineSearch> it = active.iterator();
    while (it.hasNext()) {
      LineSearch line = it.next();
      if (line.awaiting()) {
        continue;
      }
      int point = line.nextProbe(lattice);
      if (point < 0) {
        it.remove();
      } else if (independent(point)) {
        return take(point, line);
      }
    }
    while (active.size() < width && nextLine < lines) {
      LineSearch line = new LineSearch(nextLine, hint(nextLine));
      int point = line.nextProbe(lattice);
      if (point < 0) {
        nextLine++;
        continue;
      }
      if (!independent(point)) {
        // Started again later, from what is known then.
        break;
      }
      nextLine++;
      active.add(line);
      return take(point, line);
    }
    if (!active.isEmpty() || nextLine < lines || samplesDone) {
      return -1;
    }
    int point = samples.next(lattice, inFlight::containsKey);
    if (point < 0) {
      samplesDone = true;
      return -1;
    }
    inFlight.put(point, null);
    return point;
  }

  /**
   * Where the boundary of {@code line} is guessed to lie: that of the line before when it is
   * settled, else the smaller set's.
   */
  private int hint(int line) {
    if (line == 0) {
      return smallerBoundary;
    }
    int boundary = boundary(lattice, line - 1);
    return boundary >= 0 ? boundary : smallerBoundary;
  }

  /**
   * The boundary of a settled line: the index along it of its lowest overloaded point, the line's
   * length when none is; -1 when the line is not settled yet.
   */
  static int boundary(SetLattice lattice, int line) {
    int length = lattice.sizeOf(lattice.dimensions() - 1);
    int base = line * length;
    int boundary = length;
    for (int i = length - 1; i >= 0; i--) {
      if (!lattice.known(base + i)) {
        return -1;
      }
      if (lattice.overloaded(base + i)) {
        boundary = i;
      }
    }
    return boundary;
  }

  /** Whether every point is settled: every line and sample done, nothing awaited. */
  boolean done() {
    return active.isEmpty() && nextLine >= lines && samplesDone && inFlight.isEmpty();
  }

  /** The outcome of a proposed point; a failed one is known from now on, and implies nothing. */
  void measured(int point, Outcome outcome) {
    LineSearch line = inFlight.remove(point);
    if (outcome.failed()) {
      lattice.fail(point);
    } else {
      lattice.measure(point, outcome.overloaded(), FrontierSearch.reference(ref, point));
    }
    if (line != null) {
      line.measured(outcome);
    }
  }

  private int take(int point, LineSearch line) {
    line.awaiting(true);
    inFlight.put(point, line);
    return point;
  }

  /** Neither dominates nor is dominated by a point awaiting its outcome. */
  private boolean independent(int point) {
    for (int other : inFlight.keySet()) {
      if (comparable(point, other)) {
        return false;
      }
    }
    return true;
  }

  private boolean comparable(int a, int b) {
    boolean below = true;
    boolean above = true;
    for (int d = 0; d < lattice.dimensions(); d++) {
      int da = lattice.digit(a, d);
      int db = lattice.digit(b, d);
      below &= da <= db;
      above &= da >= db;
    }
    return below || above;
  }
}
