package org.dfaas.sampler.campaign;

import java.util.List;
import org.dfaas.sampler.plan.Configuration;

/** Hands every event to several listeners in turn. */
final class CompositeListener implements CampaignListener {

  private final List<CampaignListener> listeners;

  CompositeListener(List<CampaignListener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void targetChanged(String target, String status) {
    listeners.forEach(l -> l.targetChanged(target, status));
  }

  @Override
  public void campaignStarted(long configurations, int iterations) {
    listeners.forEach(l -> l.campaignStarted(configurations, iterations));
  }

  @Override
  public void configurationSkipped(
      PlanPosition position, Configuration configuration, SkipReason reason) {
    listeners.forEach(l -> l.configurationSkipped(position, configuration, reason));
  }

  @Override
  public void warmUpStarted(Configuration load, String duration) {
    listeners.forEach(l -> l.warmUpStarted(load, duration));
  }

  @Override
  public void warmUpFailed(Configuration load, Exception cause) {
    listeners.forEach(l -> l.warmUpFailed(load, cause));
  }

  @Override
  public void iterationStarted(PlanPosition position, Configuration configuration, int iteration) {
    listeners.forEach(l -> l.iterationStarted(position, configuration, iteration));
  }

  @Override
  public void phaseStarted(String target, Phase phase, Configuration configuration, int iteration) {
    listeners.forEach(l -> l.phaseStarted(target, phase, configuration, iteration));
  }

  @Override
  public void iterationFinished(
      PlanPosition position, Configuration configuration, int iteration, boolean overloaded) {
    listeners.forEach(l -> l.iterationFinished(position, configuration, iteration, overloaded));
  }

  @Override
  public void iterationMeasured(
      PlanPosition position, Configuration configuration, int iteration, IterationSummary summary) {
    listeners.forEach(l -> l.iterationMeasured(position, configuration, iteration, summary));
  }

  @Override
  public void configurationFailed(
      PlanPosition position, Configuration configuration, Exception cause) {
    listeners.forEach(l -> l.configurationFailed(position, configuration, cause));
  }

  @Override
  public void configurationFinished(
      PlanPosition position, Configuration configuration, boolean overloaded) {
    listeners.forEach(l -> l.configurationFinished(position, configuration, overloaded));
  }

  @Override
  public void contradiction(
      PlanPosition position,
      Configuration configuration,
      Configuration dominating,
      long contradictions) {
    listeners.forEach(l -> l.contradiction(position, configuration, dominating, contradictions));
  }

  @Override
  public void campaignFinished(CampaignOutcome outcome) {
    listeners.forEach(l -> l.campaignFinished(outcome));
  }
}
