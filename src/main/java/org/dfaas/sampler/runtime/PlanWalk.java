package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanEstimate;

/**
 * A walk of the plan as a campaign would make it, without running anything.
 *
 * @param config the config walked
 * @param plan the plan
 * @param estimate what is done, dominated and left
 * @param recorded what the output folder already records: overloads that dominate, failures
 * @param index the index file the done configurations were read from
 * @param assumedCapacity the capacity assumed, if any
 * @param worstCaseSeconds what is left × iterations × (duration + the longest cooldown)
 */
public record PlanWalk(
    SamplerConfig config,
    Plan plan,
    PlanEstimate estimate,
    RecordedOutcomes recorded,
    Path index,
    OptionalLong assumedCapacity,
    long worstCaseSeconds) {

  /** To run × iterations × (duration + the longest cooldown), in whole seconds rounded up. */
  static long worstCaseSeconds(SamplerConfig config, long toRun) {
    long perIterationMillis =
        config.duration().millis() + config.cooldown().maxWaitSeconds() * 1000L;
    long millis =
        Math.multiplyExact(Math.multiplyExact(toRun, config.iterations()), perIterationMillis);
    return (millis + 999) / 1000;
  }
}
