package org.dfaas.sampler.runtime;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dfaas.sampler.k6.FunctionLoadResult;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.plan.Configuration;

/**
 * One configuration run once.
 *
 * @param configuration what ran
 * @param run k6's run: config id, duration, summary
 * @param functions each function's result, by name
 */
public record OnceResult(
    Configuration configuration, K6RunResult run, SortedMap<String, FunctionLoadResult> functions) {

  public OnceResult {
    functions = Collections.unmodifiableSortedMap(new TreeMap<>(functions));
  }
}
