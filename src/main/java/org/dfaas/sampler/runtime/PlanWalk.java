package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.Collection;
import java.util.OptionalLong;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;
import org.dfaas.sampler.plan.SizeEstimate;

/**
 * A walk of the plan as a campaign would make it, without running anything.
 *
 * @param config the config walked
 * @param plan the plan
 * @param estimate what is done, dominated and left
 * @param recorded what the output folder already records: overloads that dominate, failures
 * @param index the index file the done configurations were read from
 * @param assumedCapacity the capacity assumed, if any
 * @param settled of what the estimate leaves to run, what the folder's frontier search settled
 * @param worstCaseSeconds what is left to run × iterations × (duration + the longest cooldown)
 */
public record PlanWalk(
    SamplerConfig config,
    Plan plan,
    PlanEstimate estimate,
    RecordedOutcomes recorded,
    Path index,
    OptionalLong assumedCapacity,
    SettledCount settled,
    long worstCaseSeconds) {

  /** What {@code run} will measure: left to run, less what the folder's search settled. */
  public long toRun() {
    return estimate.toRun() - settled.inferred();
  }

  /** What {@code run} will measure of combination {@code size}. */
  public long toRun(SizeEstimate size) {
    return size.toRun() - settled.inferred(size.size());
  }

  /**
   * About the wall time of this plan shared by a pool of {@code targets} alike targets: the worst
   * case divided by their number, rounded up. An estimate: it assumes every target stays busy.
   */
  public long poolWallSeconds(int targets) {
    if (targets < 1) {
      throw new IllegalArgumentException("targets must be ≥ 1, got " + targets);
    }
    return (worstCaseSeconds + targets - 1) / targets;
  }

  /** The wall time of a fleet's campaigns, which run at once: the longest one's worst case. */
  public static long fleetWallSeconds(Collection<PlanWalk> walks) {
    return walks.stream().mapToLong(PlanWalk::worstCaseSeconds).max().orElse(0);
  }

  /** To run × iterations × (duration + the longest cooldown), in whole seconds rounded up. */
  static long worstCaseSeconds(SamplerConfig config, long toRun) {
    long perIterationMillis =
        config.duration().millis() + config.cooldown().maxWaitSeconds() * 1000L;
    long millis =
        Math.multiplyExact(Math.multiplyExact(toRun, config.iterations()), perIterationMillis);
    return (millis + 999) / 1000;
  }
}
