package org.dfaas.sampler.campaign;

import org.dfaas.sampler.NonNull;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.platform.FaasPlatform;

/**
 * The parts of one target a campaign measures: a node and its k6 host, with parts of its own
 * (cooldown baseline, metrics, replicas, overload judged against its own cores). Its parts are used
 * by one thread at a time: the target's.
 *
 * @param name the target's name, in logs, events ({@code host}) and the {@code target} column of a
 *     pool; empty for the one target of a single-target campaign, whose lines and rows carry none
 * @param k6 builds scripts, runs k6 on the target's k6 host and reads its summaries
 * @param metrics the target's node and function usage
 * @param platform the target's gateway (replica counts)
 * @param cooldown waits for the target's node to be idle
 * @param overload judges overload on the target's node
 * @param listener what is shown of this target only (its log lines and events), beside the pool's
 * @param probe asked before each iteration whether the target is reachable at all: the platform
 *     seam reads an unreachable gateway as 0 replicas, which a pool must not take for a measurement
 */
public record TargetParts(
    String name,
    K6Runner k6,
    MetricsCollector metrics,
    FaasPlatform platform,
    CooldownManager cooldown,
    OverloadEvaluator overload,
    CampaignListener listener,
    Probe probe) {

  /** Whether a target can be used; thread-safe, with a deadline. */
  @FunctionalInterface
  public interface Probe {

    /** A target always taken as reachable. */
    Probe NONE = () -> {};

    /**
     * @throws org.dfaas.sampler.SamplerException naming the part when the target is unreachable
     */
    void check();
  }

  /** Whether this is the unnamed target of a single-target campaign. */
  public boolean unnamed() {
    return name.isEmpty();
  }

  public TargetParts {
    NonNull.all(
        "name k6 metrics platform cooldown overload listener probe",
        name,
        k6,
        metrics,
        platform,
        cooldown,
        overload,
        listener,
        probe);
  }
}
