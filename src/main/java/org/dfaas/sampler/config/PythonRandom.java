package org.dfaas.sampler.config;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * Python's {@code random.Random(seed)} for an integer seed, as far as {@code sample(range(lo, hi +
 * 1), k)} needs it: the Mersenne Twister MT19937 seeded by {@code init_by_array} with the seed's
 * 32-bit words (least significant first, the absolute value, {@code [0]} for 0), {@code
 * getrandbits}, {@code _randbelow} by rejection, and {@code sample}'s two algorithms (a pool when
 * the range is small next to the sample's set, a set of picks otherwise). The old tool's later
 * versions drew their random rates so; doing exactly the same lets a seeded campaign of theirs plan
 * the same configurations here.
 *
 * <p>Not thread-safe: one draw uses one instance.
 */
final class PythonRandom {

  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  private int mti = N + 1;

  /** {@code random.Random(seed)}. */
  PythonRandom(long seed) {
    initByArray(words(BigInteger.valueOf(seed).abs()));
  }

  /** The seed's 32-bit words, least significant first; one zero word for 0. */
  private static int[] words(BigInteger value) {
    int count = Math.max(1, (value.bitLength() + 31) / 32);
    int[] key = new int[count];
    for (int i = 0; i < count; i++) {
      key[i] = value.shiftRight(32 * i).intValue();
    }
    return key;
  }

  private void initGenrand(int seed) {
    mt[0] = seed;
    for (mti = 1; mti < N; mti++) {
      mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
    }
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next 32 bits of MT19937 ({@code genrand_uint32}), as an unsigned value. */
  private long nextWord() {
    if (mti >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      }
      for (; kk < N - 1; kk++) {
        int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      }
      int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      mti = 0;
    }
    int y = mt[mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return Integer.toUnsignedLong(y);
  }

  /** {@code getrandbits(k)} for 0 ≤ k ≤ 32. */
  long getrandbits(int k) {
    if (k < 0 || k > 32) {
      throw new IllegalArgumentException("k must be within 0..32, got " + k);
    }
    return k == 0 ? 0 : nextWord() >>> (32 - k);
  }

  /** {@code _randbelow(n)}: uniform in {@code [0, n)} by rejection, for 0 < n ≤ 2^32. */
  long randbelow(long n) {
    int k = 64 - Long.numberOfLeadingZeros(n);
    long r = getrandbits(k);
    while (r >= n) {
      r = getrandbits(k);
    }
    return r;
  }

  /**
   * {@code sample(range(low, low + n), k)}, in the order Python returns it.
   *
   * @throws IllegalArgumentException unless 0 ≤ k ≤ n
   */
  long[] sampleRange(long low, long n, int k) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("sample larger than population or is negative");
    }
    long[] result = new long[k];
    long setSize = 21;
    if (k > 5) {
      setSize += (long) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
    }
    if (n <= setSize) {
      long[] pool = new long[(int) n];
      for (int i = 0; i < n; i++) {
        pool[i] = low + i;
      }
      for (int i = 0; i < k; i++) {
        int j = (int) randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[(int) (n - i - 1)];
      }
    } else {
      Set<Long> selected = new HashSet<>();
      for (int i = 0; i < k; i++) {
        long j = randbelow(n);
        while (selected.contains(j)) {
          j = randbelow(n);
        }
        selected.add(j);
        result[i] = low + j;
      }
    }
    return result;
  }
}
