package org.dfaas.sampler.campaign;

import java.time.Clock;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.K6Script;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.FailuresCsv;
import org.dfaas.sampler.results.IterationRecord;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.Outcome;

/**
 * Runs what is left of one configuration's iterations on one node and yields its outcome, for the
 * serial campaign and for each target of a pool: warm-up, script, then each iteration (checked,
 * run, on disk, told to the listener) until the iteration policy is satisfied, then the index. A
 * failure's recording is {@link #failed}; which failures are the configuration's is the caller's
 * call. Each write goes through {@link StoreWrites}.
 *
 * <p>Not thread-safe: one thread at a time (a target's, or the serial campaign's).
 */
final class ConfigurationRun {

  /** Where a configuration's iterations stand; read back after a failure or a stop. */
  static final class Progress {
    int run;
    int overloaded;
    boolean firstNear;

    Progress(int run, int overloaded, boolean firstNear) {
      this.run = run;
      this.overloaded = overloaded;
      this.firstNear = firstNear;
    }
  }

  private final SamplerConfig config;
  private final K6Runner k6;
  private final IterationRunner iterations;
  private final OverloadEvaluator overload;
  private final WarmUp warmUp;
  private final ResultStore store;
  private final CampaignListener listener;
  private final Clock clock;
  private final String target;
  private final TargetParts.Probe probe;
  private final IterationPolicy policy;

  /**
   * @param target the name for the {@code target} column: the pool target, or the serial run's
   * @param probe asked before each iteration whether the node is reachable at all
   */
  ConfigurationRun(
      SamplerConfig config,
      K6Runner k6,
      IterationRunner iterations,
      OverloadEvaluator overload,
      WarmUp warmUp,
      ResultStore store,
      CampaignListener listener,
      Clock clock,
      String target,
      TargetParts.Probe probe) {
    this.config = config;
    this.k6 = k6;
    this.iterations = iterations;
    this.overload = overload;
    this.warmUp = warmUp;
    this.store = store;
    this.listener = listener;
    this.clock = clock;
    this.target = target;
    this.probe = probe;
    this.policy = IterationPolicy.of(config.search(), config.iterations());
  }

  /**
   * Runs the iterations {@code progress} says are left, updating it as each is on disk, and indexes
   * the configuration.
   *
   * @throws SamplerException when anything of the configuration fails; {@code progress} tells what
   *     is done
   * @throws CampaignStoppedException when a write of the output folder fails
   */
  Outcome run(
      PlanPosition position, Configuration configuration, Progress progress, NodeUsage baseline)
      throws InterruptedException {
    listener.phaseStarted(target, Phase.WARM_UP, configuration, 0);
    warmUp.before(configuration);
    K6Script script = k6.buildScript(configuration.pairs(), config.functions());
    StoreWrites.run(() -> store.writeScript(configuration.id(store.configIdHash()), script.text()));
    while (policy.wantsAnother(progress.run, progress.firstNear)) {
      int iteration = progress.run + 1;
      probe.check();
      listener.iterationStarted(position, configuration, iteration);
      IterationRecord record =
          iterations.run(
              configuration,
              script,
              iteration,
              baseline,
              phase -> listener.phaseStarted(target, phase, configuration, iteration));
      StoreWrites.run(() -> store.recordIteration(record, target));
      listener.phaseStarted(target, Phase.WAITING, null, 0);
      boolean iterationOverloaded = record.row().node().overloaded();
      progress.overloaded += iterationOverloaded ? 1 : 0;
      progress.run++;
      listener.iterationMeasured(
          position, configuration, iteration, overload.summary(record.row()));
      listener.iterationFinished(position, configuration, iteration, iterationOverloaded);
      if (iteration == 1) {
        progress.firstNear = iterations.nearThreshold(record.row(), config.search().margin());
      }
    }
    Outcome outcome = IterationPolicy.outcome(progress.run, progress.overloaded);
    StoreWrites.run(() -> store.recordDone(configuration));
    listener.configurationFinished(position, configuration, outcome.overloaded());
    return outcome;
  }

  /**
   * Records that {@code configuration} failed after {@code run} iterations ({@code skipped.csv},
   * {@code failures.csv}, the listener); its outcome for the search: undecided.
   *
   * @throws CampaignStoppedException when the failure cannot be written
   */
  Outcome failed(PlanPosition position, Configuration configuration, SamplerException e, int run)
      throws InterruptedException {
    listener.phaseStarted(target, Phase.WAITING, null, 0);
    listener.configurationFailed(position, configuration, e);
    FailuresCsv.Failure failure =
        new FailuresCsv.Failure(configuration, clock.instant(), String.valueOf(e.getMessage()));
    StoreWrites.run(() -> store.recordFailure(failure));
    // Undecided: the grid never lets it join its overloaded set, the frontier infers nothing.
    return Outcome.failed(Math.max(1, run));
  }
}
