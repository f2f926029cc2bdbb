package org.dfaas.sampler.campaign;

import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.platform.GatewayException;
import org.dfaas.sampler.search.Outcome;

/**
 * Runs configurations on one target, one at a time: its idle baseline (taken before its first
 * configuration), its warm-ups, cooldowns, k6 runs and metrics. Each iteration is on disk before
 * the next starts. In a pool, a failure of the target itself (its k6 host, gateway or metrics gone,
 * a cooldown never reached) hands the configuration back with what is done of it; any other failure
 * of the tool's own is the configuration's, recorded in {@code skipped.csv}. A single target has no
 * other to hand over to: its failures are the configuration's, except one every later configuration
 * would share, which stops the campaign.
 *
 * <p>Not thread-safe: one thread at a time (a pool gives each target one).
 */
final class TargetWorker {

  private final TargetParts target;
  private final boolean handsOver;
  private final ConfigurationRun configurationRun;
  private NodeUsage baseline;

  TargetWorker(TargetParts target, CampaignParts parts, CampaignListener shared) {
    this.target = target;
    this.handsOver = parts.handOver().isPresent();
    SamplerConfig config = parts.config();
    Clock clock = parts.clock();
    List<CampaignListener> listeners = new ArrayList<>(List.of(target.listener(), shared));
    if (!target.unnamed()) {
      listeners.add(new TargetStatusListener(target.name(), shared));
    }
    CampaignListener listener = CampaignListener.all(listeners);
    RunIdentity identity =
        target.unnamed() ? parts.identity() : parts.identity().forTarget(target.name());
    IterationRunner iterations =
        new IterationRunner(
            target.k6(),
            target.metrics(),
            target.platform(),
            target.cooldown(),
            target.overload(),
            identity,
            clock,
            parts.store().configIdHash());
    Plan plan = parts.plan();
    WarmUp warmUp =
        new WarmUp(
            config.warmup().enabled().orElse(null),
            target.k6(),
            plan,
            config.functions(),
            identity,
            listener);
    this.configurationRun =
        new ConfigurationRun(
            config,
            target.k6(),
            iterations,
            target.overload(),
            warmUp,
            parts.store(),
            listener,
            clock,
            // The target column: a pool target's name, or the single run's target name.
            identity.targetName(),
            target.probe());
  }

  /**
   * Takes the target's idle baseline now rather than before its first configuration.
   *
   * @throws org.dfaas.sampler.SamplerException when the node's metrics cannot be read
   */
  void takeBaseline() {
    baseline = target.metrics().nodeSnapshot();
  }

  String name() {
    return target.name();
  }

  /** Runs what is left of {@code assignment}; never throws. */
  PoolAssignment.Result run(PoolAssignment assignment) {
    ConfigurationRun.Progress progress =
        new ConfigurationRun.Progress(
            assignment.run(), assignment.overloaded(), assignment.firstNear());
    PlanPosition position = assignment.position();
    var configuration = assignment.configuration();
    try {
      if (baseline == null) {
        baseline = target.metrics().nodeSnapshot();
      }
      Outcome outcome = configurationRun.run(position, configuration, progress, baseline);
      return new PoolAssignment.Done(assignment, outcome);
    } catch (InterruptedException e) {
      return interrupted(assignment, progress);
    } catch (CampaignStoppedException e) {
      return new PoolAssignment.Stopped(assignment, e);
    } catch (SamplerException e) {
      if (Thread.currentThread().isInterrupted()
          || e.getCause() instanceof ClosedByInterruptException) {
        return interrupted(assignment, progress);
      }
      if (handsOver && targetFailure(e)) {
        return new PoolAssignment.TargetFailed(assignment, left(assignment, progress), e);
      }
      if (e.stopsCampaign()) {
        return new PoolAssignment.Stopped(
            assignment, new CampaignStoppedException(e.getMessage(), e));
      }
      return failed(assignment, e, progress);
    }
  }

  private PoolAssignment.Result failed(
      PoolAssignment assignment, SamplerException e, ConfigurationRun.Progress progress) {
    try {
      return new PoolAssignment.Failed(
          assignment,
          configurationRun.failed(
              assignment.position(), assignment.configuration(), e, progress.run));
    } catch (CampaignStoppedException storeFailure) {
      return new PoolAssignment.Stopped(assignment, storeFailure);
    } catch (InterruptedException stop) {
      return interrupted(assignment, progress);
    }
  }

  /** What is left of {@code assignment} after {@code progress}. */
  private static PoolAssignment left(
      PoolAssignment assignment, ConfigurationRun.Progress progress) {
    return new PoolAssignment(
        assignment.configuration(),
        assignment.position(),
        progress.run,
        progress.overloaded,
        progress.firstNear);
  }

  private static PoolAssignment.Result interrupted(
      PoolAssignment assignment, ConfigurationRun.Progress progress) {
    Thread.interrupted();
    return new PoolAssignment.Interrupted(assignment, left(assignment, progress));
  }

  /** The target, not the configuration, is at fault: another target may run it. */
  static boolean targetFailure(SamplerException e) {
    return e.stopsCampaign()
        || e instanceof GatewayException
        || e instanceof CooldownTimeoutException
        || e instanceof PrometheusQueryException;
  }
}
