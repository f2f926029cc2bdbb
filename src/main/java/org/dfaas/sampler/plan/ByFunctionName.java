package org.dfaas.sampler.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of one configuration, one per function, in the order everything keeps them: sorted by
 * function name, so that equality and the written order never depend on the order they were given
 * in.
 */
public final class ByFunctionName {

  private ByFunctionName() {}

  /**
   * {@code parts} sorted by {@code function}, unmodifiable.
   *
   * @param whole what the parts make up, in the message: {@code configuration}, {@code result row}
   * @throws IllegalArgumentException when a function has two parts
   */
  public static <T> List<T> sortedOnce(
      Collection<T> parts, Function<T, String> function, String whole) {
    List<T> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparing(function));
    for (int i = 1; i < sorted.size(); i++) {
      String name = function.apply(sorted.get(i));
      if (name.equals(function.apply(sorted.get(i - 1)))) {
        throw new IllegalArgumentException("function " + name + " appears twice in one " + whole);
      }
    }
    return List.copyOf(sorted);
  }
}
