package org.dfaas.sampler.search;

import java.util.function.IntPredicate;

/**
 * {@code interior_samples}: extra measured points spread over the non-overloaded region of a set,
 * drawn from a Halton sequence (one prime base per function) and kept when they fall on an inferred
 * non-overloaded point. Gives up after {@code 16 × wanted + 64} draws, when the region holds fewer
 * points than wanted. Not thread-safe.
 */
final class InteriorSamples {

  private final int wanted;
  private int taken;
  private int drawn;

  InteriorSamples(int wanted) {
    this.wanted = wanted;
  }

  /** The next point to sample, or -1 when done; a point {@code inFlight} is passed over. */
  int next(SetLattice lattice, IntPredicate inFlight) {
    int limit = 16 * wanted + 64;
    while (taken < wanted && drawn < limit) {
      drawn++;
      int point = 0;
      int base = 1;
      for (int d = 0; d < lattice.dimensions(); d++) {
        base = nextPrime(base);
        int digit = (int) (radicalInverse(drawn, base) * lattice.sizeOf(d));
        point += digit * lattice.strideOf(d);
      }
      boolean measured = (lattice.flags(point) & SetLattice.MEASURED) != 0;
      if (!measured
          && !lattice.failed(point)
          && lattice.known(point)
          && !lattice.overloaded(point)
          && !inFlight.test(point)) {
        taken++;
        return point;
      }
    }
    return -1;
  }

  /** The van der Corput radical inverse of {@code index} in {@code base}: in [0, 1). */
  static double radicalInverse(int index, int base) {
    double result = 0;
    double fraction = 1.0 / base;
    for (int rest = index; rest > 0; rest /= base) {
      result += (rest % base) * fraction;
      fraction /= base;
    }
    return result;
  }

  private static int nextPrime(int after) {
    int candidate = after + 1;
    while (!isPrime(candidate)) {
      candidate++;
    }
    return candidate;
  }

  private static boolean isPrime(int n) {
    if (n < 2) {
      return false;
    }
    for (int divisor = 2; divisor * divisor <= n; divisor++) {
      if (n % divisor == 0) {
        return false;
      }
    }
    return true;
  }
}
