package org.dfaas.sampler.plan;

import java.util.Arrays;

/**
 * The minimal overloaded rate vectors of one function set: an antichain under the componentwise
 * order. Any overloaded vector lies on or above one of them, so "is some overloaded vector strictly
 * below A" reduces to "is some minimal one strictly below A".
 *
 * <p>Points are kept sorted by their rate sum, ascending: a point strictly below A has a smaller
 * sum, so a query stops at the first point whose sum reaches A's. The point that answered the last
 * query is tried first, because a plan walk asks about neighbouring vectors in a row.
 *
 * <p>Not thread-safe.
 */
final class Frontier {

  private final int dimensions;
  private int[] points = new int[0];
  private long[] sums = new long[0];
  private int count;
  private int lastHit = -1;

  Frontier(int dimensions) {
    this.dimensions = dimensions;
  }

  /** How many minimal points are kept. */
  int size() {
    return count;
  }

  /** Whether a kept point is ≤ {@code rates} everywhere and differs from it somewhere. */
  boolean dominates(int[] rates) {
    if (lastHit >= 0 && strictlyBelow(lastHit, rates)) {
      return true;
    }
    int position = firstDominator(rates);
    if (position >= 0) {
      lastHit = position;
    }
    return position >= 0;
  }

  /**
   * The position of the first kept point, by rate sum and then in lexicographic order, that is ≤
   * {@code rates} everywhere and differs from it somewhere, or -1; see {@link #point(int)}. The
   * answer depends only on the points kept, not on the order they were added in.
   */
  int firstDominator(int[] rates) {
    long sum = sum(rates);
    for (int i = 0; i < count && sums[i] < sum; i++) {
      if (strictlyBelow(i, rates)) {
        return i;
      }
    }
    return -1;
  }

  /** A copy of the kept point at {@code position}. */
  int[] point(int position) {
    return Arrays.copyOfRange(points, position * dimensions, (position + 1) * dimensions);
  }

  /**
   * Adds an overloaded vector, dropping the kept points it lies below; nothing changes when a kept
   * point already lies on or below it.
   *
   * @return whether the vector was kept
   */
  boolean add(int[] rates) {
    long sum = sum(rates);
    for (int i = 0; i < count && sums[i] <= sum; i++) {
      if (below(i, rates)) {
        return false;
      }
    }
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (!above(i, rates)) {
        move(i, kept++);
      }
    }
    count = kept;
    insert(rates, sum);
    lastHit = -1;
    return true;
  }

  private void insert(int[] rates, long sum) {
    if (count == sums.length) {
      int capacity = Math.max(8, count * 2);
      sums = Arrays.copyOf(sums, capacity);
      points = Arrays.copyOf(points, capacity * dimensions);
    }
    int at = count;
    while (at > 0 && (sums[at - 1] > sum || sums[at - 1] == sum && after(at - 1, rates))) {
      move(at - 1, at);
      at--;
    }
    sums[at] = sum;
    System.arraycopy(rates, 0, points, at * dimensions, dimensions);
    count++;
  }

  private void move(int from, int to) {
    if (from != to) {
      sums[to] = sums[from];
      System.arraycopy(points, from * dimensions, points, to * dimensions, dimensions);
    }
  }

  /** Point {@code i} comes after {@code rates} in lexicographic order. */
  private boolean after(int i, int[] rates) {
    int base = i * dimensions;
    for (int d = 0; d < dimensions; d++) {
      if (points[base + d] != rates[d]) {
        return points[base + d] > rates[d];
      }
    }
    return false;
  }

  /** Point {@code i} ≤ rates everywhere. */
  private boolean below(int i, int[] rates) {
    int base = i * dimensions;
    for (int d = 0; d < dimensions; d++) {
      if (points[base + d] > rates[d]) {
        return false;
      }
    }
    return true;
  }

  /** Point {@code i} ≥ rates everywhere. */
  private boolean above(int i, int[] rates) {
    int base = i * dimensions;
    for (int d = 0; d < dimensions; d++) {
      if (points[base + d] < rates[d]) {
        return false;
      }
    }
    return true;
  }

  /** Point {@code i} ≤ rates everywhere and < somewhere. */
  private boolean strictlyBelow(int i, int[] rates) {
    int base = i * dimensions;
    boolean strict = false;
    for (int d = 0; d < dimensions; d++) {
      int point = points[base + d];
      if (point > rates[d]) {
        return false;
      }
      strict |= point < rates[d];
    }
    return strict;
  }

  private static long sum(int[] rates) {
    long sum = 0;
    for (int rate : rates) {
      sum += rate;
    }
    return sum;
  }
}
