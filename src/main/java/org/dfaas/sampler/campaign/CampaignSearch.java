package org.dfaas.sampler.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.plan.PlanPositions;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.search.Classification;
import org.dfaas.sampler.search.ClassificationListener;
import org.dfaas.sampler.search.IterationPolicy;
import org.dfaas.sampler.search.IterationTally;
import org.dfaas.sampler.search.Outcome;
import org.dfaas.sampler.search.SearchRules;
import org.dfaas.sampler.search.SearchStrategy;
import org.dfaas.sampler.search.SearchTally;
import org.dfaas.sampler.search.Searches;

/**
 * The search a campaign asks what to run next, wired to what the campaign shows and writes: a
 * configuration inferred overloaded is logged as {@code dominated_by_overload} and listed in {@code
 * skipped.csv} (as the grid always did), one inferred not overloaded is logged as {@code
 * inferred_ok}, a contradiction between two measurements is logged, and for a search that infers
 * (its {@link SearchRules}) every class is kept for {@code frontier.csv}, where a configuration
 * whose run failed is {@code failed}.
 *
 * <p>Not thread-safe: the campaign's thread drives it.
 */
final class CampaignSearch implements ClassificationListener {

  /** How often, at most, {@code frontier.csv} is written while the campaign runs. */
  static final Duration FRONTIER_EVERY = Duration.ofSeconds(30);

  private final SearchRules rules;
  private final SearchStrategy strategy;
  private final Plan plan;
  private final PlanPositions positions;
  private final int iterations;
  private final boolean adaptiveIterations;
  private final double margin;
  private final IterationPolicy policy;
  private final CampaignListener listener;
  private final ResultStore store;
  private final FrontierTable table;
  private Instant frontierWritten;
  private boolean recordedSinceFrontier;
  private Duration frontierWriteCost = Duration.ZERO;
  private long skippedDominated;
  private long inferredOk;

  private CampaignSearch(
      SearchSettings settings,
      Plan plan,
      int iterations,
      CampaignListener listener,
      ResultStore store) {
    this.rules = Searches.rules(settings);
    this.plan = plan;
    this.positions = new PlanPositions(plan);
    this.iterations = iterations;
    this.adaptiveIterations = settings.iterations() == SearchSettings.IterationMode.ADAPTIVE;
    this.margin = settings.margin();
    this.policy = IterationPolicy.of(settings, iterations);
    this.listener = listener;
    this.store = store;
    this.table = rules.infers() ? new FrontierTable(plan, store.configIdHash()) : null;
    this.strategy = Searches.create(plan, settings, this);
  }

  /** The search of {@code settings} over {@code plan}. */
  static CampaignSearch of(
      SearchSettings settings,
      Plan plan,
      int iterations,
      CampaignListener listener,
      ResultStore store) {
    return new CampaignSearch(settings, plan, iterations, listener, store);
  }

  /**
   * The next configuration to measure, or {@code null} when every configuration is classified. What
   * the search settles on the way is logged and recorded before this returns.
   *
   * @throws org.dfaas.sampler.SamplerException when {@code skipped.csv} cannot be written
   */
  Configuration next() {
    List<Configuration> proposed = strategy.propose(1);
    if (proposed.isEmpty()) {
      if (!strategy.finished()) {
        throw new IllegalStateException("the search awaits nothing and proposes nothing");
      }
      return null;
    }
    return proposed.get(0);
  }

  /**
   * Up to {@code max} configurations to measure, independent of each other and of those awaiting an
   * outcome; empty while the search waits for outcomes, and once it is {@link #finished()}.
   */
  List<Configuration> next(int max) {
    return strategy.propose(max);
  }

  boolean finished() {
    return strategy.finished();
  }

  /** Where {@code configuration} stands in the plan, for its log lines. */
  PlanPosition position(Configuration configuration) {
    return new PlanPosition(positions.of(configuration), plan.size(), iterations);
  }

  /** Hands the outcome of a proposed configuration back. */
  void record(PlanPosition position, Configuration configuration, Outcome outcome) {
    strategy.record(configuration, outcome);
    recordedSinceFrontier = true;
  }

  /** Logged by the campaign's listener alone, once, when the search settles the set. */
  @Override
  public void contradiction(
      long ordinal, Configuration overloaded, Configuration dominating, long contradictions) {
    listener.contradiction(
        new PlanPosition(ordinal, plan.size(), iterations), overloaded, dominating, contradictions);
  }

  @Override
  public void classified(long ordinal, Classification classification) {
    if (table != null) {
      table.put(ordinal, classification);
    }
    Configuration configuration = classification.configuration();
    PlanPosition position = new PlanPosition(ordinal, plan.size(), iterations);
    switch (classification.status()) {
      case INFERRED_OVERLOADED -> {
        listener.configurationSkipped(position, configuration, SkipReason.DOMINATED_BY_OVERLOAD);
        store.recordSkipped(configuration);
        skippedDominated++;
      }
      case INFERRED_OK -> {
        listener.configurationSkipped(position, configuration, SkipReason.INFERRED_OK);
        inferredOk++;
      }
      default -> {
        // A measured configuration was logged while it ran.
      }
    }
  }

  /**
   * Writes {@code frontier.csv} as it stands while the campaign runs, when {@link #FRONTIER_EVERY}
   * (and ten times what the last write cost, for plans of millions) has passed since the last write
   * and an outcome came in: so {@code report} and {@code dashboard} show what the search inferred
   * so far. Called once the search has proposed what comes next, when what it settled on the way is
   * in; the classes so far are true, the others read {@code pending}.
   *
   * @throws org.dfaas.sampler.SamplerException when the file cannot be written
   */
  void writeFrontierWhenDue(Instant now) {
    if (table == null || !recordedSinceFrontier) {
      return;
    }
    Duration tenWrites = frontierWriteCost.multipliedBy(10);
    Duration wait = tenWrites.compareTo(FRONTIER_EVERY) > 0 ? tenWrites : FRONTIER_EVERY;
    if (frontierWritten != null && Duration.between(frontierWritten, now).compareTo(wait) < 0) {
      return;
    }
    long started = System.nanoTime();
    store.writeFrontier(table.rows());
    frontierWriteCost = Duration.ofNanos(System.nanoTime() - started);
    frontierWritten = now;
    recordedSinceFrontier = false;
  }

  /**
   * Writes {@code frontier.csv} for a search that infers, nothing for the grid (the old tool's
   * outputs), once the loop has ended, whether it finished or stopped: the stop left nothing
   * half-done, so the classes so far are true.
   *
   * @param stopReason why the loop stopped, {@code null} when it finished
   * @return the stop reason; a write that fails becomes it when there is none
   */
  String writeFrontier(String stopReason) {
    try {
      if (table != null) {
        store.writeFrontier(table.rows());
      }
      return stopReason;
    } catch (SamplerException e) {
      return stopReason != null ? stopReason : e.getMessage();
    }
  }

  /**
   * The outcome of a configuration an earlier run finished, from its rows: handing it to the search
   * again, in the order the search asks, rebuilds the state an uninterrupted campaign would have. A
   * folder of the old tool whose index lists a configuration without rows reads as not overloaded,
   * as compat §4's rebuilt overloaded set has it.
   */
  Outcome resumedOutcome(IterationTally done) {
    return policy.resumed(done);
  }

  /** Whether a configuration the index lists with these rows gets more: see IterationPolicy. */
  boolean topsUp(IterationTally done) {
    return policy.topsUp(done);
  }

  /**
   * Whether {@code configuration} failed in an earlier run of the folder and stays failed: in
   * frontier mode a failure is final for the campaign, so that a resumed search rebuilds the state
   * of an uninterrupted one (hand it {@link #resumedFailure}); the grid retries it, as the old tool
   * does.
   */
  boolean failedBefore(ResultStore.ResumeState resume, Configuration configuration) {
    return !rules.retriesFailures() && resume.failed().contains(configuration.key());
  }

  /** Whether a resumed pool first finishes what an earlier run started: see {@link SearchRules}. */
  boolean finishesStartedFirst() {
    return rules.finishesStartedFirst();
  }

  /**
   * Whether the first iteration of a resumed configuration was near a threshold, which adaptive
   * iterations decide by: a second row says it was; a lone first row is judged again by {@code
   * overload}, as the uninterrupted run judged it.
   */
  boolean resumedFirstNear(
      ResultStore.ResumeState resume, Configuration configuration, OverloadEvaluator overload) {
    int done = resume.tally(configuration.key()).iterations();
    if (!adaptiveIterations || done == 0) {
      return false;
    }
    return done >= 2
        || resume
            .firstRow(configuration.key())
            .map(row -> overload.nearThreshold(row.node().loaded(), row.functions(), margin))
            .orElse(true);
  }

  /** The outcome of a configuration that failed in an earlier run, after the rows it has. */
  Outcome resumedFailure(IterationTally done) {
    return Outcome.failed(Math.max(1, done.iterations()));
  }

  SearchRules rules() {
    return rules;
  }

  long skippedDominated() {
    return skippedDominated;
  }

  long inferredOk() {
    return inferredOk;
  }

  SearchTally tally() {
    return strategy.tally();
  }
}
