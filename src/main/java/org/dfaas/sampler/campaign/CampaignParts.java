package org.dfaas.sampler.campaign;

import java.time.Clock;
import java.util.Objects;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.platform.FaasPlatform;
import org.dfaas.sampler.results.ResultStore;

/**
 * Everything a campaign is made of, wired in one place (the command line, or a test with fakes).
 *
 * @param config the validated config
 * @param identity run id, target, repetition
 * @param plan the configurations, in order
 * @param k6 builds scripts, runs k6 and reads its summaries
 * @param metrics node and function usage
 * @param platform replica counts
 * @param cooldown waits for the node to be idle
 * @param overload judges overload
 * @param store the output folder
 * @param listener progress
 * @param clock the run windows and the elapsed time
 * @param maxConfigurations stop after running this many configurations ({@code Long.MAX_VALUE}: no
 *     limit)
 */
public record CampaignParts(
    SamplerConfig config,
    RunIdentity identity,
    Plan plan,
    K6Runner k6,
    MetricsCollector metrics,
    FaasPlatform platform,
    CooldownManager cooldown,
    OverloadEvaluator overload,
    ResultStore store,
    CampaignListener listener,
    Clock clock,
    long maxConfigurations) {

  public CampaignParts {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(k6, "k6");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(cooldown, "cooldown");
    Objects.requireNonNull(overload, "overload");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(clock, "clock");
    if (maxConfigurations < 1) {
      throw new IllegalArgumentException("maxConfigurations must be ≥ 1, got " + maxConfigurations);
    }
  }
}
