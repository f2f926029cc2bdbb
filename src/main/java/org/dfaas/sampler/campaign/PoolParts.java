package org.dfaas.sampler.campaign;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ResultStore;

/**
 * Everything a pool campaign is made of: one plan, one output folder, several targets.
 *
 * @param config the validated config (the search, iterations, warm-up and functions are read)
 * @param identity run id and repetition; each target's events carry its own name as {@code host}
 * @param plan the configurations, in order
 * @param targets the targets, each with its own parts; at least one, names distinct
 * @param store the output folder, shared: its writes are serialized
 * @param listener progress of the whole pool; called from several threads, one at a time
 * @param campaignLog what is shown of the pool as a whole (start, skips, end), not of one target;
 *     called from the coordinating thread only
 * @param clock the run windows, the elapsed time and the backoff
 * @param settings how failing targets are retried and dropped
 * @param maxConfigurations stop after running this many configurations ({@code Long.MAX_VALUE}: no
 *     limit)
 */
public record PoolParts(
    SamplerConfig config,
    RunIdentity identity,
    Plan plan,
    List<PoolTarget> targets,
    ResultStore store,
    CampaignListener listener,
    CampaignListener campaignLog,
    Clock clock,
    PoolSettings settings,
    long maxConfigurations) {

  public PoolParts {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(plan, "plan");
    targets = List.copyOf(targets);
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(campaignLog, "campaignLog");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a pool needs at least one target");
    }
    Set<String> names = new HashSet<>();
    for (PoolTarget target : targets) {
      if (!names.add(target.name())) {
        throw new IllegalArgumentException("two targets are named " + target.name());
      }
    }
    if (maxConfigurations < 1) {
      throw new IllegalArgumentException("maxConfigurations must be ≥ 1, got " + maxConfigurations);
    }
  }
}
