package org.dfaas.sampler.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.IterationTally;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.search.Outcome;

/**
 * The campaign (compat §4): it asks the search ({@code search.mode}) which configuration to measure
 * next; one the index lists is not run again, its recorded outcome is handed back instead, else its
 * iterations run and each is recorded as it ends. What the search infers on the way is logged and
 * recorded by {@link CampaignSearch}. In grid mode this is the old tool's loop, skip for skip. A
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
  private final ConfigurationRun configurationRun;
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
    this.iterations =
        new IterationRunner(
            parts.k6(),
            parts.metrics(),
            parts.platform(),
            parts.cooldown(),
            parts.overload(),
            parts.identity(),
            parts.clock(),
            parts.store().configIdHash());
    WarmUp warmUp =
        new WarmUp(
            parts.config().warmup().enabled().orElse(null),
            parts.k6(),
            parts.plan(),
            parts.config().functions(),
            parts.identity(),
            parts.listener());
    this.configurationRun =
        new ConfigurationRun(
            config,
            parts.k6(),
            iterations,
            parts.overload(),
            warmUp,
            parts.store(),
            parts.listener(),
            parts.clock(),
            parts.identity().targetName(),
            PoolTarget.Probe.NONE);
  }

  /** Runs (or resumes) the campaign and tells how it ended. */
  public CampaignOutcome run() {
    Instant started = clock.instant();
    CampaignTally tally = new CampaignTally();
    ResultStore.ResumeState resume = store.resumeState();
    CampaignSearch search =
        CampaignSearch.of(config.search(), plan, config.iterations(), listener, store);
    listener.campaignStarted(plan.size(), config.iterations());
    String stopReason = null;
    boolean interrupted = false;
    try {
      NodeUsage baseline = metrics.nodeSnapshot();
      for (Configuration configuration = nextOf(search);
          configuration != null;
          configuration = nextOf(search)) {
        PlanPosition position = search.position(configuration);
        if (resume.indexed().contains(configuration.key())) {
          listener.configurationSkipped(position, configuration, SkipReason.ALREADY_INDEXED);
          tally.skippedIndexed++;
          search.record(
              position, configuration, search.resumedOutcome(resume.tally(configuration.key())));
        } else if (search.failedBefore(resume, configuration)) {
          listener.configurationSkipped(position, configuration, SkipReason.FAILED_BEFORE);
          search.record(
              position, configuration, search.resumedFailure(resume.tally(configuration.key())));
        } else if (tally.ran + tally.failed >= maxConfigurations) {
          stopReason = "--max-configs " + maxConfigurations + " reached";
          break;
        } else {
          Outcome outcome = runConfiguration(position, configuration, resume, baseline, tally);
          search.record(position, configuration, outcome);
        }
      }
    } catch (InterruptedException e) {
      stopReason = "interrupted; the output folder is resumable";
      interrupted = true;
    } catch (CampaignStoppedException e) {
      stopReason = e.getMessage();
    }
    stopReason = search.writeFrontier(stopReason);
    CampaignOutcome outcome =
        tally.outcome(
            plan.size(),
            Duration.between(started, clock.instant()),
            store.folder(),
            stopReason,
            interrupted,
            search);
    listener.campaignFinished(outcome);
    return outcome;
  }

  /**
   * The next configuration the search wants measured, or {@code null} when it is done; a {@code
   * skipped.csv} that cannot be written on the way stops the campaign.
   */
  private Configuration nextOf(CampaignSearch search) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped between two configurations");
    }
    Configuration[] next = new Configuration[1];
    StoreWrites.run(() -> next[0] = search.next());
    return next[0];
  }

  /** Runs what is left of one configuration; its outcome for the search. */
  private Outcome runConfiguration(
      PlanPosition position,
      Configuration configuration,
      ResultStore.ResumeState resume,
      NodeUsage baseline,
      CampaignTally tally)
      throws InterruptedException {
    IterationTally done = resume.tally(configuration.key());
    ConfigurationRun.Progress progress =
        new ConfigurationRun.Progress(
            done.iterations(), done.overloaded(), resumedFirstNear(resume, configuration));
    Outcome outcome;
    try {
      outcome = configurationRun.run(position, configuration, progress, baseline);
    } catch (CampaignStoppedException e) {
      throw e;
    } catch (SamplerException e) {
      stopIfInterrupted(configuration);
      if (e.stopsCampaign()) {
        throw new CampaignStoppedException(e.getMessage(), e);
      }
      tally.failed++;
      return configurationRun.failed(position, configuration, e, progress.run);
    }
    tally.ran++;
    tally.overloaded += outcome.overloaded() ? 1 : 0;
    return outcome;
  }

  /**
   * Whether the first iteration of a resumed configuration was near a threshold, which adaptive
   * iterations decide by: a second row says it was; a lone first row is judged again, as the
   * uninterrupted run judged it.
   */
  private boolean resumedFirstNear(ResultStore.ResumeState resume, Configuration configuration) {
    IterationTally done = resume.tally(configuration.key());
    if (!adaptive() || done.iterations() == 0) {
      return false;
    }
    return done.iterations() >= 2
        || resume
            .firstRow(configuration.key())
            .map(row -> iterations.nearThreshold(row, config.search().margin()))
            .orElse(true);
  }

  private boolean adaptive() {
    return config.search().iterations() == SearchSettings.IterationMode.ADAPTIVE;
  }

  /**
   * A run cut short by the stop is not a failure of the configuration: it runs on resume. Anything
   * else than the tool's own failures is a bug, which ends the campaign and is never recorded as a
   * failed configuration.
   */
  private static void stopIfInterrupted(Configuration configuration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped during configuration " + configuration.describe());
    }
  }

  /** Counts of this run, for the outcome. */
  private static final class CampaignTally {
    long ran;
    long skippedIndexed;
    long failed;
    long overloaded;

    CampaignOutcome outcome(
        long configurations,
        Duration elapsed,
        java.nio.file.Path folder,
        String stopReason,
        boolean interrupted,
        CampaignSearch search) {
      return new CampaignOutcome(
          configurations,
          ran,
          search.skippedDominated(),
          skippedIndexed,
          failed,
          overloaded,
          elapsed,
          folder,
          stopReason,
          interrupted,
          search.mode(),
          search.inferredOk(),
          search.tally());
    }
  }
}
