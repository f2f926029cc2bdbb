package org.dfaas.sampler.campaign;

import java.util.List;
import org.dfaas.sampler.plan.Configuration;

/**
 * What the campaign loop tells about its progress: log lines, events, a progress bar. Every method
 * has an empty default so a listener implements only what it shows.
 *
 * <p>Called from the campaign's thread only (a pool calls it from its targets' threads too, one at
 * a time); implementations need not be thread-safe. A listener must not throw: what it fails to
 * show must not stop a campaign.
 */
public interface CampaignListener {

  /** A listener that shows nothing. */
  CampaignListener NONE = new CampaignListener() {};

  /** The campaign starts with a plan of {@code configurations}. */
  default void campaignStarted(long configurations, int iterations) {}

  /** A configuration is skipped, with all its iterations. */
  default void configurationSkipped(
      PlanPosition position, Configuration configuration, SkipReason reason) {}

  /** An unrecorded warm-up run of {@code load} for {@code duration} starts. */
  default void warmUpStarted(Configuration load, String duration) {}

  /** A warm-up run failed; the campaign goes on. */
  default void warmUpFailed(Configuration load, Exception cause) {}

  /** Iteration {@code iteration} (1-based) of a configuration starts. */
  default void iterationStarted(
      PlanPosition position, Configuration configuration, int iteration) {}

  /**
   * {@code target} entered {@code phase} of iteration {@code iteration} of {@code configuration};
   * {@link Phase#WAITING} has neither ({@code null}, 0).
   */
  default void phaseStarted(
      String target, Phase phase, Configuration configuration, int iteration) {}

  /** An iteration ended with a row on disk. */
  default void iterationFinished(
      PlanPosition position, Configuration configuration, int iteration, boolean overloaded) {}

  /** An iteration's row is on disk; {@code summary} is what it measured, in brief. */
  default void iterationMeasured(
      PlanPosition position,
      Configuration configuration,
      int iteration,
      IterationSummary summary) {}

  /** A configuration failed; the campaign goes on with the next one. */
  default void configurationFailed(
      PlanPosition position, Configuration configuration, Exception cause) {}

  /** A configuration is done: all its iterations ran. */
  default void configurationFinished(
      PlanPosition position, Configuration configuration, boolean overloaded) {}

  /**
   * A measurement contradicts overload being monotone in the rates: {@code configuration}, measured
   * overloaded, is dominated by {@code dominating}, measured not overloaded. The search resolves it
   * by its rule. Told once per contradiction, when the search settles the function set.
   *
   * @param position where {@code configuration} stands in the plan
   * @param contradictions how many the campaign has met so far, this one included
   */
  default void contradiction(
      PlanPosition position,
      Configuration configuration,
      Configuration dominating,
      long contradictions) {}

  /**
   * A target of a pool changed what it does: {@code status} is what it runs, or why it is idle or
   * dropped, in a few words.
   */
  default void targetChanged(String target, String status) {}

  /** The campaign ended, completely or not. */
  default void campaignFinished(CampaignOutcome outcome) {}

  /** All of {@code listeners}, in order. */
  static CampaignListener all(List<CampaignListener> listeners) {
    return CompositeListener.of(listeners);
  }
}
