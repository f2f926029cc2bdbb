package org.dfaas.sampler.campaign;

import org.dfaas.sampler.plan.Configuration;

/**
 * Tells what one target of a pool or a fleet does, as {@link CampaignListener#targetChanged}
 * statuses to {@code to}, from the events of that target's own runs: the warm-up or the iteration
 * it runs, a configuration that failed, and for a fleet's target how its campaign ended.
 */
public final class TargetStatusListener implements CampaignListener {

  private final String target;
  private final CampaignListener to;
  private long finished;

  public TargetStatusListener(String target, CampaignListener to) {
    this.target = target;
    this.to = to;
  }

  @Override
  public void campaignStarted(long configurations, int iterations) {
    to.targetChanged(target, "started");
  }

  @Override
  public void warmUpStarted(Configuration load, String duration) {
    to.targetChanged(target, done() + "warm-up " + load.describe());
  }

  @Override
  public void iterationStarted(PlanPosition position, Configuration configuration, int iteration) {
    to.targetChanged(
        target,
        done()
            + "iteration "
            + iteration
            + "/"
            + position.iterations()
            + " of "
            + configuration.describe());
  }

  @Override
  public void configurationFailed(
      PlanPosition position, Configuration configuration, Exception cause) {
    to.targetChanged(target, done() + "failed " + configuration.describe());
  }

  @Override
  public void configurationFinished(
      PlanPosition position, Configuration configuration, boolean overloaded) {
    finished++;
  }

  @Override
  public void campaignFinished(CampaignOutcome outcome) {
    to.targetChanged(
        target,
        done() + (outcome.stopReason() == null ? "finished" : "stopped: " + outcome.stopReason()));
  }

  /** {@code 12 done | }: the configurations this target finished in this session. */
  private String done() {
    return finished + " done | ";
  }
}
