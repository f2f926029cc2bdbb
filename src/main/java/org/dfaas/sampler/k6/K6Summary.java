package org.dfaas.sampler.k6;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A k6 summary read once, with what a campaign takes from it: each function's results, k6's dropped
 * iterations and the text the output folder keeps.
 *
 * @param functions function name → result, sorted by name
 * @param droppedIterations k6's {@code dropped_iterations}, 0 when the summary has none
 * @param indentedJson the summary as {@code summaries/} keeps it (compat §7): indented JSON ending
 *     with a line break
 */
public record K6Summary(
    SortedMap<String, FunctionLoadResult> functions, long droppedIterations, String indentedJson) {

  public K6Summary {
    functions = Collections.unmodifiableSortedMap(new TreeMap<>(functions));
    Objects.requireNonNull(indentedJson, "indentedJson");
  }
}
