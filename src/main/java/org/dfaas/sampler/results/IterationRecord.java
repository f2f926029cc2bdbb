package org.dfaas.sampler.results;

import org.dfaas.sampler.NonNull;
import org.dfaas.sampler.metrics.MetricsRow;
import org.dfaas.sampler.plan.Configuration;

/**
 * Everything one finished iteration leaves in the output folder.
 *
 * @param configuration what ran
 * @param iteration 1-based
 * @param repetition 1-based; 1 unless the campaign is repeated
 * @param summaryJson k6's summary, indented
 * @param metrics the iteration's metrics
 * @param row its row of {@code results.csv}
 */
public record IterationRecord(
    Configuration configuration,
    int iteration,
    int repetition,
    String summaryJson,
    MetricsRow metrics,
    ResultRow row) {

  public IterationRecord {
    NonNull.all("configuration summaryJson metrics row", configuration, summaryJson, metrics, row);
  }
}
