package org.dfaas.sampler.campaign;

import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Script;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.platform.GatewayException;
import org.dfaas.sampler.results.FailuresCsv;
import org.dfaas.sampler.results.IterationRecord;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.Outcome;

/**
 * Runs configurations on one target of a pool, one at a time, on the target's own thread: its idle
 * baseline (taken before its first configuration), its warm-ups, cooldowns, k6 runs and metrics.
 * Each iteration is on disk before the next starts. A failure of the target itself (its k6 host,
 * gateway or metrics gone, a cooldown never reached) hands the configuration back with what is done
 * of it; any other failure of the tool's own is the configuration's, recorded as the serial
 * campaign records it.
 *
 * <p>Not thread-safe: one thread at a time (the pool gives each target one).
 */
final class PoolWorker {

  private final PoolTarget target;
  private final SamplerConfig config;
  private final ResultStore store;
  private final CampaignListener listener;
  private final IterationRunner iterations;
  private final WarmUp warmUp;
  private final IterationPolicy policy;
  private final Clock clock;
  private NodeUsage baseline;

  PoolWorker(PoolTarget target, PoolParts parts, CampaignListener shared) {
    this.target = target;
    this.config = parts.config();
    this.store = parts.store();
    this.clock = parts.clock();
    this.listener =
        CampaignListener.all(
            java.util.List.of(target.listener(), shared, new TargetStatus(target.name(), shared)));
    RunIdentity identity = parts.identity().forTarget(target.name());
    this.policy = IterationPolicy.of(config.search(), config.iterations());
    this.iterations =
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
    this.warmUp =
        new WarmUp(
            config.warmup().enabled().orElse(null),
            target.k6(),
            plan,
            config.functions(),
            identity,
            listener);
  }

  String name() {
    return target.name();
  }

  /** Runs what is left of {@code assignment}; never throws. */
  PoolAssignment.Result run(PoolAssignment assignment) {
    int run = assignment.run();
    int overloaded = assignment.overloaded();
    boolean firstNear = assignment.firstNear();
    PlanPosition position = assignment.position();
    var configuration = assignment.configuration();
    try {
      if (baseline == null) {
        baseline = target.metrics().nodeSnapshot();
      }
      warmUp.before(configuration);
      K6Script script = target.k6().buildScript(configuration.pairs(), config.functions());
      StoreWrites.run(
          () -> store.writeScript(configuration.id(store.configIdHash()), script.text()));
      while (policy.wantsAnother(run, firstNear)) {
        int iteration = run + 1;
        target.probe().check();
        listener.iterationStarted(position, configuration, iteration);
        IterationRecord record = iterations.run(configuration, script, iteration, baseline);
        StoreWrites.run(() -> store.recordIteration(record, target.name()));
        boolean iterationOverloaded = record.row().node().overloaded();
        overloaded += iterationOverloaded ? 1 : 0;
        run++;
        listener.iterationMeasured(
            position, configuration, iteration, target.overload().summary(record.row()));
        listener.iterationFinished(position, configuration, iteration, iterationOverloaded);
        if (iteration == 1) {
          firstNear = iterations.nearThreshold(record.row(), config.search().margin());
        }
      }
      Outcome outcome = IterationPolicy.outcome(run, overloaded);
      StoreWrites.run(() -> store.recordDone(configuration));
      listener.configurationFinished(position, configuration, outcome.overloaded());
      return new PoolAssignment.Done(assignment, outcome);
    } catch (InterruptedException e) {
      return interrupted(assignment, run, overloaded, firstNear);
    } catch (CampaignStoppedException e) {
      return new PoolAssignment.Stopped(assignment, e);
    } catch (SamplerException e) {
      PoolAssignment left = new PoolAssignment(configuration, position, run, overloaded, firstNear);
      if (Thread.currentThread().isInterrupted()
          || e.getCause() instanceof ClosedByInterruptException) {
        return interrupted(assignment, run, overloaded, firstNear);
      }
      if (targetFailure(e)) {
        return new PoolAssignment.TargetFailed(assignment, left, e);
      }
      return failed(assignment, e, run);
    }
  }

  private PoolAssignment.Result failed(PoolAssignment assignment, SamplerException e, int run) {
    listener.configurationFailed(assignment.position(), assignment.configuration(), e);
    try {
      store.recordFailure(
          new FailuresCsv.Failure(
              assignment.configuration(), clock.instant(), String.valueOf(e.getMessage())));
    } catch (SamplerException storeFailure) {
      return new PoolAssignment.Stopped(
          assignment, new CampaignStoppedException(storeFailure.getMessage(), storeFailure));
    }
    // Undecided, as in the serial campaign.
    return new PoolAssignment.Failed(assignment, Outcome.failed(Math.max(1, run)));
  }

  private static PoolAssignment.Result interrupted(
      PoolAssignment assignment, int run, int overloaded, boolean firstNear) {
    Thread.interrupted();
    return new PoolAssignment.Interrupted(
        assignment,
        new PoolAssignment(
            assignment.configuration(), assignment.position(), run, overloaded, firstNear));
  }

  /** The target, not the configuration, is at fault: another target may run it. */
  static boolean targetFailure(SamplerException e) {
    return e.stopsCampaign()
        || e instanceof GatewayException
        || e instanceof CooldownTimeoutException
        || e instanceof PrometheusQueryException;
  }
}
