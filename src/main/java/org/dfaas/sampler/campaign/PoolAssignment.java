package org.dfaas.sampler.campaign;

import java.util.Objects;
import org.dfaas.sampler.plan.Configuration;

/**
 * A configuration handed to a target, with what is already done of it (on disk, from an earlier run
 * or a target that failed): its next iteration continues from there.
 *
 * @param configuration the configuration
 * @param position where it stands in the plan
 * @param run iterations already recorded
 * @param overloaded how many of them overloaded the node
 * @param firstNear whether the first of them was near a threshold (adaptive iterations)
 */
record PoolAssignment(
    Configuration configuration,
    PlanPosition position,
    int run,
    int overloaded,
    boolean firstNear) {

  PoolAssignment {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(position, "position");
  }

  /** What a target's run ended with. */
  sealed interface Result {
    PoolAssignment assignment();
  }

  /** Every iteration ran; the configuration is in the index. */
  record Done(PoolAssignment assignment, org.dfaas.sampler.search.Outcome outcome)
      implements Result {}

  /** The configuration failed (recorded in {@code skipped.csv}); the target is fine. */
  record Failed(PoolAssignment assignment, org.dfaas.sampler.search.Outcome outcome)
      implements Result {}

  /** The target failed: {@code left} is what is done of the configuration, to run on elsewhere. */
  record TargetFailed(PoolAssignment assignment, PoolAssignment left, Exception cause)
      implements Result {}

  /** The stop was asked for; {@code left} is what is done. */
  record Interrupted(PoolAssignment assignment, PoolAssignment left) implements Result {}

  /** A failure every later configuration would share: the campaign stops. */
  record Stopped(PoolAssignment assignment, CampaignStoppedException cause) implements Result {}
}
