package org.dfaas.sampler.search;

import java.util.Arrays;

/**
 * The configurations of one function set as a grid of rate indexes, and what is known of each:
 * measured or not, and whether it lies below a non-overloaded configuration or above an overloaded
 * one. A point whose run failed is known but undecided: nothing is inferred from it. A point's
 * index follows plan order (the last function varies fastest), so walking indexes upwards is
 * walking the plan.
 *
 * <p>What is known grows by closure: a non-overloaded point marks every point below it, an
 * overloaded one every point above it. Each mark stops where the same mark already is (the marked
 * regions stay a down-set and an up-set), so marking a whole set costs its size times its
 * dimensions, however many points are measured. Each marked point keeps a reference to the measured
 * configuration that first reached it. Arrays only: no object per configuration.
 *
 * <p>Not thread-safe.
 */
final class SetLattice {

  static final byte MEASURED = 1;
  static final byte MEASURED_OVERLOADED = 2;
  static final byte BELOW_OK = 4;
  static final byte ABOVE_OVERLOADED = 8;
  static final byte FAILED = 16;

  private final int[] sizes;
  private final int[] strides;
  private final byte[] flags;
  private final long[] okBy;
  private final long[] overloadedBy;
  private int[] stack = new int[64];

  /**
   * @param sizes how many rates each function of the set has, in name order; each ≥ 1
   */
  SetLattice(int[] sizes) {
    this.sizes = sizes.clone();
    this.strides = new int[sizes.length];
    int total = 1;
    for (int d = sizes.length - 1; d >= 0; d--) {
      strides[d] = total;
      total = Math.multiplyExact(total, sizes[d]);
    }
    this.flags = new byte[total];
    this.okBy = new long[total];
    this.overloadedBy = new long[total];
  }

  int size() {
    return flags.length;
  }

  int dimensions() {
    return sizes.length;
  }

  int sizeOf(int dimension) {
    return sizes[dimension];
  }

  int strideOf(int dimension) {
    return strides[dimension];
  }

  /** The rate index of {@code point} along {@code dimension}. */
  int digit(int point, int dimension) {
    return point / strides[dimension] % sizes[dimension];
  }

  byte flags(int point) {
    return flags[point];
  }

  /** Measured, failed, or inferred: never to be proposed. */
  boolean known(int point) {
    return (flags[point] & (MEASURED | BELOW_OK | ABOVE_OVERLOADED | FAILED)) != 0;
  }

  /** Its run failed: neither overloaded nor not, whatever else reaches it. */
  boolean failed(int point) {
    return (flags[point] & FAILED) != 0;
  }

  /** Overloaded as concluded: measured so, or above an overloaded one (overload wins, see docs). */
  boolean overloaded(int point) {
    byte f = flags[point];
    return (f & MEASURED) != 0 ? (f & MEASURED_OVERLOADED) != 0 : (f & ABOVE_OVERLOADED) != 0;
  }

  /** The reference of the measured configuration that implies an inferred point's class. */
  long impliedBy(int point) {
    return (flags[point] & ABOVE_OVERLOADED) != 0 ? overloadedBy[point] : okBy[point];
  }

  /** The reference of the measured non-overloaded configuration above {@code point}, if any. */
  long okBy(int point) {
    return okBy[point];
  }

  /** A measured overloaded point that lies below a non-overloaded one: noise. */
  boolean contradiction(int point) {
    byte f = flags[point];
    return (f & MEASURED_OVERLOADED) != 0 && (f & BELOW_OK) != 0;
  }

  /** Records that the run of {@code point} failed: known from now on, and implying nothing. */
  void fail(int point) {
    flags[point] |= FAILED;
  }

  /** Records a measurement of {@code point}, referenced as {@code self}, and its closure. */
  void measure(int point, boolean overloaded, long self) {
    flags[point] |= overloaded ? MEASURED | MEASURED_OVERLOADED : MEASURED;
    infer(point, overloaded, self);
  }

  /**
   * Marks {@code point} and everything above it (overloaded) or below it (not), each reached point
   * referencing {@code by}, unless already so marked.
   */
  void infer(int point, boolean overloaded, long by) {
    byte mark = overloaded ? ABOVE_OVERLOADED : BELOW_OK;
    long[] refs = overloaded ? overloadedBy : okBy;
    if ((flags[point] & mark) != 0) {
      return;
    }
    flags[point] |= mark;
    refs[point] = by;
    int top = 0;
    stack[top++] = point;
    while (top > 0) {
      int at = stack[--top];
      for (int d = 0; d < sizes.length; d++) {
        int digit = digit(at, d);
        int next;
        if (overloaded) {
          if (digit + 1 >= sizes[d]) {
            continue;
          }
          next = at + strides[d];
        } else {
          if (digit == 0) {
            continue;
          }
          next = at - strides[d];
        }
        if ((flags[next] & mark) == 0) {
          flags[next] |= mark;
          refs[next] = by;
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
          }
          stack[top++] = next;
        }
      }
    }
  }
}
