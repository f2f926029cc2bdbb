package org.dfaas.sampler;

import java.util.Objects;

/** The null checks of a record's compact constructor, in one statement instead of one per part. */
public final class NonNull {

  private NonNull() {}

  /**
   * Throws a {@link NullPointerException} naming the first of {@code values} that is null.
   *
   * @param names the values' names, separated by spaces, in the order of {@code values}
   */
  public static void all(String names, Object... values) {
    String[] named = names.split(" ");
    if (named.length != values.length) {
      throw new IllegalArgumentException(named.length + " names for " + values.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      Objects.requireNonNull(values[i], named[i]);
    }
  }
}
