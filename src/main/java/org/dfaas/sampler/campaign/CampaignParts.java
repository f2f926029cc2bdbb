package org.dfaas.sampler.campaign;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dfaas.sampler.NonNull;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ResultStore;

/**
 * Everything a campaign is made of, wired in one place (the runtime, or a test with fakes): one
 * plan, one output folder, and the targets that measure it: one for a single-target campaign,
 * several for a pool.
 *
 * @param config the validated config (the search, iterations, warm-up and functions are read)
 * @param identity run id and repetition; each target's events carry its own name as {@code host}
 * @param plan the configurations, in order
 * @param targets the targets, each with its own parts; at least one, names distinct; the one target
 *     of a single-target campaign is {@link TargetParts#unnamed unnamed}
 * @param store the output folder, shared: its writes are serialized
 * @param listener progress of the whole campaign; called from several threads, one at a time
 * @param campaignLog what is shown of a pool as a whole (start, skips, end), not of one target;
 *     called from the coordinating thread only ({@link CampaignListener#NONE} for a single target,
 *     whose {@code listener} shows everything)
 * @param clock the run windows, the elapsed time and the backoff
 * @param handOver how a target that fails itself is retried and dropped while its configuration
 *     goes to another target; empty when there is no other: a single target's failures are the
 *     configuration's
 * @param maxConfigurations stop after running this many configurations ({@code Long.MAX_VALUE}: no
 *     limit)
 */
public record CampaignParts(
    SamplerConfig config,
    RunIdentity identity,
    Plan plan,
    List<TargetParts> targets,
    ResultStore store,
    CampaignListener listener,
    CampaignListener campaignLog,
    Clock clock,
    Optional<PoolSettings> handOver,
    long maxConfigurations) {

  public CampaignParts {
    NonNull.all("config identity plan", config, identity, plan);
    targets = List.copyOf(targets);
    NonNull.all(
        "store listener campaignLog clock handOver", store, listener, campaignLog, clock, handOver);
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a campaign needs at least one target");
    }
    Set<String> names = new HashSet<>();
    for (TargetParts target : targets) {
      if (!names.add(target.name())) {
        throw new IllegalArgumentException("two targets are named " + target.name());
      }
      if (target.unnamed() && targets.size() > 1) {
        throw new IllegalArgumentException("each target of a pool needs a name");
      }
    }
    if (maxConfigurations < 1) {
      throw new IllegalArgumentException("maxConfigurations must be ≥ 1, got " + maxConfigurations);
    }
  }

  /** A single-target campaign: {@code target} measures the whole plan, on the caller's thread. */
  public static CampaignParts single(
      SamplerConfig config,
      RunIdentity identity,
      Plan plan,
      TargetParts target,
      ResultStore store,
      CampaignListener listener,
      Clock clock,
      long maxConfigurations) {
    return new CampaignParts(
        config,
        identity,
        plan,
        List.of(target),
        store,
        listener,
        CampaignListener.NONE,
        clock,
        Optional.empty(),
        maxConfigurations);
  }
}
