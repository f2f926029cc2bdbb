package org.dfaas.sampler.search;

/**
 * Finds the boundary of one line of a set's grid (the last function's rates, the others fixed) by
 * galloping from a guess of where it lies. A line's unknown points form one stretch: points below a
 * non-overloaded one and above an overloaded one are known. When the stretch is bounded above by a
 * known overloaded point (usually inferred from the line before), the guess is the top of the
 * stretch: the boundary the neighbouring line found. Otherwise it is the hint the line is started
 * with: the boundary of the line before, or of a smaller set (see {@link SetSearch}), the bottom
 * when nothing is known. The first probe is the guess; from there the search moves by 1, 2, 4, …
 * away from it (down while the probes overload, up while they do not) until the outcome turns, then
 * bisects what is left: a line costs O(log distance from the guess to its boundary), one probe when
 * the guess is right at the top of a line that does not overload, or at the bottom of one that
 * does.
 *
 * <p>A point whose run failed is known but undecided, and may lie inside the stretch: a probe that
 * falls on it takes the nearest unknown point of the stretch instead, so every probe is a new point
 * and a line ends after at most its length of probes.
 *
 * <p>Not thread-safe.
 */
final class LineSearch {

  private final int line;
  private final int hint;
  private boolean started;
  private int anchor;
  private int direction;
  private int galloped;
  private boolean bisecting;
  private boolean awaiting;

  /**
   * @param line the line's index: its first point is {@code line × length of a line}
   * @param hint where its boundary is guessed to lie when nothing bounds it from above: the index
   *     along the line of its lowest overloaded point, the line's length for none
   */
  LineSearch(int line, int hint) {
    this.line = line;
    this.hint = hint;
  }

  /** The next point of this line to measure, or -1 when the line is settled. */
  int nextProbe(SetLattice lattice) {
    int length = lattice.sizeOf(lattice.dimensions() - 1);
    int base = line * length;
    int lo = -1;
    int hi = -1;
    for (int point = base; point < base + length; point++) {
      if (!lattice.known(point)) {
        if (lo < 0) {
          lo = point;
        }
        hi = point;
      }
    }
    if (lo < 0) {
      return -1;
    }
    if (!started) {
      started = true;
      boolean bounded = hi + 1 < base + length && lattice.overloaded(hi + 1);
      anchor = bounded ? hi : Math.min(hi, Math.max(lo, base + hint - 1));
    }
    int probe;
    if (bisecting) {
      probe = (lo + hi + 1) >>> 1;
    } else {
      int offset = galloped == 0 ? 0 : 1 << Math.min(galloped - 1, 30);
      probe = Math.min(hi, Math.max(lo, anchor + direction * offset));
    }
    return lattice.known(probe) ? nearestUnknown(lattice, probe, lo, hi) : probe;
  }

  /**
   * The unknown point of {@code [lo, hi]} closest to {@code probe}, the one below first: {@code
   * probe} is a failed point, and {@code lo} and {@code hi} are unknown.
   */
  private static int nearestUnknown(SetLattice lattice, int probe, int lo, int hi) {
    for (int step = 1; ; step++) {
      if (probe - step >= lo && !lattice.known(probe - step)) {
        return probe - step;
      }
      if (probe + step <= hi && !lattice.known(probe + step)) {
        return probe + step;
      }
    }
  }

  /** The outcome of this line's last probe; a failed one changes nothing but the point. */
  void measured(Outcome outcome) {
    awaiting = false;
    if (outcome.failed() || bisecting) {
      return;
    }
    int way = outcome.overloaded() ? -1 : 1;
    if (direction == 0) {
      direction = way;
      galloped = 1;
    } else if (way == direction) {
      galloped++;
    } else {
      bisecting = true;
    }
  }

  boolean awaiting() {
    return awaiting;
  }

  void awaiting(boolean awaiting) {
    this.awaiting = awaiting;
  }
}
