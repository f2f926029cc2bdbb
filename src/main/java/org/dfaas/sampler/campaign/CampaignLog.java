package org.dfaas.sampler.campaign;

import java.io.PrintWriter;
import java.time.Clock;
import org.dfaas.sampler.LogFileOnly;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.search.SearchTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * The progress log lines of compat §4 ({@code DFaaS config i/n iter j/m (id): a=10, b=20}), each
 * also printed to stdout as an {@code LB_EVENT} line when events are enabled (compat §7).
 */
public final class CampaignLog implements CampaignListener {

  private static final Logger LOG = LoggerFactory.getLogger("dfaas.campaign");

  private final RunIdentity identity;
  private final PrintWriter events;
  private final Clock clock;
  private final ConfigIdHash idHash;

  /**
   * @param identity the run, for the events
   * @param events where {@code LB_EVENT} lines go, or {@code null} when events are off
   * @param clock the time stamp of events
   */
  public CampaignLog(RunIdentity identity, PrintWriter events, Clock clock) {
    this(identity, events, clock, ConfigIdHash.SHA1);
  }

  /**
   * @param identity the run, for the events
   * @param events where {@code LB_EVENT} lines go, or {@code null} when events are off
   * @param clock the time stamp of events
   * @param idHash the digest of the config ids the lines show, as the output folder names them
   */
  public CampaignLog(RunIdentity identity, PrintWriter events, Clock clock, ConfigIdHash idHash) {
    this.idHash = idHash;
    this.identity = identity;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the environment asks for events ({@code LB_ENABLE_EVENT_LOGGING=1}). */
  public static boolean eventsEnabled(java.util.Map<String, String> env) {
    return "1".equals(env.get("LB_ENABLE_EVENT_LOGGING"));
  }

  @Override
  public void configurationSkipped(
      PlanPosition position, Configuration configuration, SkipReason reason) {
    for (int iteration = 1; iteration <= position.iterations(); iteration++) {
      String line =
          prefix(position, configuration, iteration)
              + " skipped="
              + reason.word()
              + ": "
              + configuration.describe();
      // The terminal shows a skipped configuration once; the log keeps the old tool's lines.
      progress(iteration == 1 ? null : LogFileOnly.MARKER, line);
    }
  }

  @Override
  public void warmUpStarted(Configuration load, String duration) {
    progress(
        "DFaaS warm-up of "
            + String.join(", ", load.functionNames())
            + " for "
            + duration
            + " (not recorded): "
            + load.describe());
  }

  @Override
  public void warmUpFailed(Configuration load, Exception cause) {
    LOG.warn("DFaaS warm-up of {} failed, going on: {}", load.describe(), cause.getMessage());
  }

  @Override
  public void iterationStarted(PlanPosition position, Configuration configuration, int iteration) {
    progress(prefix(position, configuration, iteration) + ": " + configuration.describe());
  }

  /**
   * One line like k6's end of test: {@code success 99.8 %, p95 latency 20.1 ms (mean 12.3 ms), node
   * CPU 37.0 % of capacity, …}.
   */
  @Override
  public void iterationMeasured(
      PlanPosition position, Configuration configuration, int iteration, IterationSummary summary) {
    LOG.info(
        "{} measured: success {}, {}, node CPU {} of capacity, RAM {}, overloaded: {}",
        prefix(position, configuration, iteration),
        number(summary.successRate() * 100, " %"),
        latency(summary),
        number(summary.cpuPctOfCapacity(), " %"),
        number(summary.ramPct(), " %"),
        summary.overloaded()
            ? "yes (" + OverloadEvaluator.reasonCell(summary.reasons()) + ")"
            : "no");
  }

  /** The tail first, as k6 users read it; the mean alone when k6 left the percentile out. */
  private static String latency(IterationSummary summary) {
    String mean = number(summary.meanLatencyMs(), " ms");
    return Double.isFinite(summary.p95LatencyMs())
        ? "p95 latency " + number(summary.p95LatencyMs(), " ms") + " (mean " + mean + ")"
        : "mean latency " + mean;
  }

  private static String number(double value, String unit) {
    return Double.isFinite(value)
        ? String.format(java.util.Locale.ROOT, "%.1f%s", value, unit)
        : "n/a";
  }

  @Override
  public void configurationFailed(
      PlanPosition position, Configuration configuration, Exception cause) {
    progress(label(position, configuration) + " failed: " + cause.getMessage());
    LOG.debug("configuration {} failed", configuration.id(idHash), cause);
  }

  @Override
  public void contradiction(
      PlanPosition position,
      Configuration configuration,
      Configuration dominating,
      long contradictions) {
    progress(
        label(position, configuration)
            + " contradicts monotonicity: measured overloaded, yet "
            + dominating.id(idHash)
            + " ("
            + dominating.describe()
            + ") dominates it and was measured not overloaded (contradiction "
            + contradictions
            + "): "
            + configuration.describe());
  }

  @Override
  public void campaignFinished(CampaignOutcome outcome) {
    String ended =
        "DFaaS campaign "
            + (outcome.stopReason() == null ? "finished" : "stopped: " + outcome.stopReason())
            + ": ";
    if (outcome.searchInfers()) {
      SearchTally search = outcome.search();
      progress(
          ended
              + "frontier search: "
              + search.measured()
              + " measured ("
              + outcome.ran()
              + " run, "
              + outcome.skippedIndexed()
              + " already done) in "
              + search.k6Runs()
              + " k6 runs, "
              + search.inferredOverloaded()
              + " inferred overloaded, "
              + search.inferredOk()
              + " inferred ok, "
              + outcome.failed()
              + " failed, "
              + search.contradictions()
              + " contradictions, "
              + outcome.overloaded()
              + " overloaded");
      return;
    }
    progress(
        ended
            + outcome.ran()
            + " run, "
            + outcome.skippedDominated()
            + " skipped as dominated, "
            + outcome.skippedIndexed()
            + " already done, "
            + outcome.failed()
            + " failed, "
            + outcome.overloaded()
            + " overloaded");
  }

  /** {@code DFaaS config 3/12 (cafe00000001)}. */
  private String label(PlanPosition position, Configuration configuration) {
    return planPlace(position) + " (" + configuration.id(idHash) + ")";
  }

  /** {@code DFaaS config 3/12 iter 2/5 (cafe00000001)}. */
  private String prefix(PlanPosition position, Configuration configuration, int iteration) {
    return planPlace(position)
        + " iter "
        + iteration
        + "/"
        + position.iterations()
        + " ("
        + configuration.id(idHash)
        + ")";
  }

  private static String planPlace(PlanPosition position) {
    return "DFaaS config " + position.index() + "/" + position.total();
  }

  private void progress(String line) {
    progress(null, line);
  }

  private void progress(Marker marker, String line) {
    LOG.info(marker, line);
    if (events != null) {
      events.println(EventLine.format(identity, line, clock.millis() / 1000.0));
      events.flush();
    }
  }
}
