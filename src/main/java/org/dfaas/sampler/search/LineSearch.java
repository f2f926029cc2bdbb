package org.dfaas.sampler.search;

/**
 * Finds the boundary of one line of a set's grid (the last function's rates, the others fixed). A
 * line's unknown points form one stretch: points below a non-overloaded one and above an overloaded
 * one are known. When the stretch is bounded above by a known overloaded point (usually inferred
 * from the previous line), the boundary is near its top: probe the top, then 1, 2, 4, … below it
 * until a point is not overloaded, then bisect. A line bounded by nothing mostly lies wholly below
 * the frontier (the line before it did not overload either): probe its top, which settles it at
 * once when not overloaded, and bisect the rest otherwise. A diagonal frontier costs two probes per
 * line, a flat one one. A point whose run failed is known but undecided, and may lie inside the
 * stretch: a probe that falls on it takes the nearest unknown point of the stretch instead, so
 * every probe is a new point and a line ends after at most its length of probes.
 *
 * <p>Not thread-safe.
 */
final class LineSearch {

  private final int line;
  private boolean started;
  private int anchor;
  private int galloped;
  private boolean bisecting;
  private boolean unbounded;
  private boolean awaiting;

  /**
   * @param line the line's index: its first point is {@code line × length of a line}
   */
  LineSearch(int line) {
    this.line = line;
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
      anchor = hi;
      galloped = 0;
      unbounded = hi + 1 >= base + length;
      bisecting = false;
    }
    int probe;
    if (bisecting) {
      probe = (lo + hi + 1) >>> 1;
    } else {
      int offset = galloped == 0 ? 0 : 1 << Math.min(galloped - 1, 30);
      probe = Math.min(hi, Math.max(lo, anchor - offset));
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
    if (outcome.failed()) {
      return;
    }
    if (outcome.overloaded() && unbounded && galloped == 0) {
      // The top of a line bounded by nothing overloads: no hint of where, so bisect.
      bisecting = true;
    } else if (outcome.overloaded()) {
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
