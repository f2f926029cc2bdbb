package org.dfaas.sampler.search;

/**
 * The classes of a settled function set, kept while a larger set may take them over through {@code
 * zero_rate_equivalent} (a failed one lends none): one byte and one reference per configuration.
 * Not thread-safe.
 */
final class SettledSet {

  private static final byte OVERLOADED = 1;
  private static final byte MEASURED = 2;
  private static final byte FAILED = 4;

  private final int setRef;
  private final byte[] classes;
  private final long[] impliedBy;

  SettledSet(int setRef, int size) {
    this.setRef = setRef;
    this.classes = new byte[size];
    this.impliedBy = new long[size];
  }

  void put(int point, boolean measured, boolean overloaded, long by) {
    classes[point] = (byte) ((measured ? MEASURED : 0) | (overloaded ? OVERLOADED : 0));
    impliedBy[point] = by;
  }

  /** Records that the run of {@code point} failed: it has no class to lend. */
  void putFailed(int point) {
    classes[point] = FAILED;
  }

  boolean failed(int point) {
    return (classes[point] & FAILED) != 0;
  }

  boolean overloaded(int point) {
    return (classes[point] & OVERLOADED) != 0;
  }

  /** The measured configuration behind {@code point}'s class: itself when measured. */
  long reference(int point) {
    return (classes[point] & MEASURED) != 0
        ? FrontierSearch.reference(setRef, point)
        : impliedBy[point];
  }
}
