package org.dfaas.sampler.search;

/**
 * Finds the boundary of one line of a set's grid (the last function's rates, the others fixed). A
 * line's unknown points form one stretch: points below a non-overloaded one and above an overloaded
 * one are known. When the stretch is bounded above by a known overloaded point (usually inferred
 * from the previous line), the boundary is near its top: probe the top, then 1, 2, 4, … below it
 * until a point is not overloaded, then bisect; on a line bounded by nothing, bisect from the
 * start. A diagonal frontier costs two probes per line, a flat one one.
 *
 * <p>Not thread-safe.
 */
final class LineSearch {

  private final int line;
  private boolean started;
  private int anchor;
  private int galloped;
  private boolean bisecting;
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
      bisecting = hi + 1 >= base + length;
    }
    if (bisecting) {
      return (lo + hi + 1) >>> 1;
    }
    int offset = galloped == 0 ? 0 : 1 << Math.min(galloped - 1, 30);
    return Math.min(hi, Math.max(lo, anchor - offset));
  }

  /** The outcome of this line's last probe. */
  void measured(boolean overloaded) {
    awaiting = false;
    if (overloaded) {
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
