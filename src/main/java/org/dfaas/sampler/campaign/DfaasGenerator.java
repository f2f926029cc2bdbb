package org.dfaas.sampler.campaign;

import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.k6.K6Script;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.DominanceIndex;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.FailuresCsv;
import org.dfaas.sampler.results.IterationRecord;
import org.dfaas.sampler.results.IterationTally;
import org.dfaas.sampler.results.NodeUsage;
import org.dfaas.sampler.results.ResultStore;

/**
 * The campaign (compat §4): for each configuration of the plan, skip it when an overloaded one
 * dominates it or the index lists it, else run its iterations and record each as it ends. A
 * configuration that fails is recorded in {@code skipped.csv} and the campaign goes on; a failure
 * that every later configuration would share ({@link CampaignStoppedException}) ends it, leaving
 * the output folder resumable.
 *
 * <p>Every concern lives behind the parts it is given; this class only orders them. Not
 * thread-safe: {@link #run()} once, on one thread; interrupting that thread stops the campaign
 * between two steps, writing no partial iteration.
 */
public final class DfaasGenerator {

  private final SamplerConfig config;
  private final Plan plan;
  private final K6Runner k6;
  private final MetricsCollector metrics;
  private final IterationRunner iterations;
  private final OverloadEvaluator overload;
  private final ResultStore store;
  private final CampaignListener listener;
  private final Clock clock;
  private final long maxConfigurations;

  /** Builds a campaign from its parts; {@code cli} wires the real ones. */
  public DfaasGenerator(CampaignParts parts) {
    this.config = parts.config();
    this.plan = parts.plan();
    this.k6 = parts.k6();
    this.metrics = parts.metrics();
    this.store = parts.store();
    this.listener = parts.listener();
    this.clock = parts.clock();
    this.maxConfigurations = parts.maxConfigurations();
    this.overload = parts.overload();
    this.iterations =
        new IterationRunner(
            parts.k6(),
            parts.metrics(),
            parts.platform(),
            parts.cooldown(),
            parts.overload(),
            parts.identity(),
            parts.clock());
  }

  /** Runs (or resumes) the campaign and tells how it ended. */
  public CampaignOutcome run() {
    Instant started = clock.instant();
    CampaignTally tally = new CampaignTally();
    ResultStore.ResumeState resume = store.resumeState();
    DominanceIndex overloaded = rebuildOverloadedSet(resume);
    listener.campaignStarted(plan.size(), config.iterations());
    String stopReason = null;
    boolean interrupted = false;
    try {
      NodeUsage baseline = metrics.nodeSnapshot();
      long index = 0;
      for (Iterator<Configuration> it = plan.iterator(); it.hasNext(); ) {
        if (Thread.interrupted()) {
          throw new InterruptedException("stopped between two configurations");
        }
        Configuration configuration = it.next();
        PlanPosition position = new PlanPosition(++index, plan.size(), config.iterations());
        if (overloaded.isDominated(configuration)) {
          listener.configurationSkipped(position, configuration, SkipReason.DOMINATED_BY_OVERLOAD);
          stopOnStoreFailure(() -> store.recordSkipped(configuration));
          tally.skippedDominated++;
        } else if (resume.indexed().contains(configuration.key())) {
          listener.configurationSkipped(position, configuration, SkipReason.ALREADY_INDEXED);
          tally.skippedIndexed++;
        } else if (tally.ran + tally.failed >= maxConfigurations) {
          stopReason = "--max-configs " + maxConfigurations + " reached";
          break;
        } else if (runConfiguration(position, configuration, resume, baseline, tally)) {
          overloaded.addOverloaded(configuration);
        }
      }
    } catch (InterruptedException e) {
      stopReason = "interrupted; the output folder is resumable";
      interrupted = true;
    } catch (CampaignStoppedException e) {
      stopReason = e.getMessage();
    }
    CampaignOutcome outcome =
        tally.outcome(
            plan.size(),
            Duration.between(started, clock.instant()),
            store.folder(),
            stopReason,
            interrupted);
    listener.campaignFinished(outcome);
    return outcome;
  }

  /** Runs what is left of one configuration; whether it joins the overloaded set. */
  private boolean runConfiguration(
      PlanPosition position,
      Configuration configuration,
      ResultStore.ResumeState resume,
      NodeUsage baseline,
      CampaignTally tally)
      throws InterruptedException {
    IterationTally done = resume.tally(configuration.key());
    int overloadedIterations = done.overloaded();
    try {
      K6Script script = k6.buildScript(configuration.pairs(), config.functions());
      stopOnStoreFailure(() -> store.writeScript(configuration.id(), script.text()));
      for (int iteration = done.iterations() + 1; iteration <= config.iterations(); iteration++) {
        listener.iterationStarted(position, configuration, iteration);
        IterationRecord record = iterations.run(configuration, script, iteration, baseline);
        stopOnStoreFailure(() -> store.recordIteration(record));
        boolean iterationOverloaded = record.row().node().overloaded();
        overloadedIterations += iterationOverloaded ? 1 : 0;
        listener.iterationMeasured(
            position, configuration, iteration, overload.summary(record.row()));
        listener.iterationFinished(position, configuration, iteration, iterationOverloaded);
      }
    } catch (CampaignStoppedException | InterruptedException e) {
      throw e;
    } catch (SamplerException e) {
      stopIfInterrupted(configuration);
      if (e.stopsCampaign()) {
        throw new CampaignStoppedException(e.getMessage(), e);
      }
      listener.configurationFailed(position, configuration, e);
      FailuresCsv.Failure failure =
          new FailuresCsv.Failure(configuration, clock.instant(), String.valueOf(e.getMessage()));
      stopOnStoreFailure(() -> store.recordFailure(failure));
      tally.failed++;
      return false;
    }
    boolean configurationOverloaded =
        IterationTally.overloadedOutOf(overloadedIterations, config.iterations());
    stopOnStoreFailure(() -> store.recordDone(configuration));
    listener.configurationFinished(position, configuration, configurationOverloaded);
    tally.ran++;
    tally.overloaded += configurationOverloaded ? 1 : 0;
    return configurationOverloaded;
  }

  /**
   * The configurations that a resumed campaign found overloaded before: those done (in the index)
   * with more than half of their rows overloaded, so dominance skips what one uninterrupted run
   * would have skipped.
   */
  private DominanceIndex rebuildOverloadedSet(ResultStore.ResumeState resume) {
    DominanceIndex index = new DominanceIndex();
    for (ConfigKey key : resume.indexed()) {
      if (resume.tally(key).overloadedOutOf(config.iterations())) {
        index.addOverloaded(key.configuration());
      }
    }
    return index;
  }

  /**
   * A run cut short by the stop is not a failure of the configuration: it runs on resume. Anything
   * else than the tool's own failures is a bug, which ends the campaign and is never recorded as a
   * failed configuration.
   */
  private static void stopIfInterrupted(Configuration configuration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped during configuration " + configuration.id());
    }
  }

  /**
   * Runs one write of the output folder. Its failure stops the campaign (every later write would
   * fail too), unless it failed because the stop was asked for: an interrupt closes the file
   * channel under the write, which must read as the stop, not as a full disk.
   */
  private static void stopOnStoreFailure(Runnable write) throws InterruptedException {
    try {
      write.run();
    } catch (SamplerException e) {
      if (Thread.interrupted() || e.getCause() instanceof ClosedByInterruptException) {
        throw new InterruptedException("stopped while writing the output folder");
      }
      throw new CampaignStoppedException(e.getMessage(), e);
    }
  }

  /** Counts of this run, for the outcome. */
  private static final class CampaignTally {
    long ran;
    long skippedDominated;
    long skippedIndexed;
    long failed;
    long overloaded;

    CampaignOutcome outcome(
        long configurations,
        Duration elapsed,
        java.nio.file.Path folder,
        String stopReason,
        boolean interrupted) {
      return new CampaignOutcome(
          configurations,
          ran,
          skippedDominated,
          skippedIndexed,
          failed,
          overloaded,
          elapsed,
          folder,
          stopReason,
          interrupted);
    }
  }
}
