package org.dfaas.sampler.runtime;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.IterationSummary;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.plan.Configuration;

/** Counts, per overload reason, the iterations of this session overloaded for it. */
final class OverloadReasonCount implements CampaignListener {

  private final Map<String, Long> counts = new HashMap<>();

  @Override
  public void iterationMeasured(
      PlanPosition position, Configuration configuration, int iteration, IterationSummary summary) {
    summary.reasons().forEach(reason -> counts.merge(reason, 1L, Long::sum));
  }

  /** The counts, most frequent first, then by name. */
  Map<String, Long> counts() {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
