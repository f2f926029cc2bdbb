package org.dfaas.sampler.runtime;

import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignLog;
import org.dfaas.sampler.campaign.CooldownManager;
import org.dfaas.sampler.campaign.OverloadEvaluator;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.campaign.TargetParts;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.metrics.MetricsCollector;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.dfaas.sampler.results.ResultStore;

/**
 * Builds the campaign parts of one target from its started platform parts, alike for the one target
 * of a single-target campaign and for each target of a pool.
 */
final class TargetWiring {

  private final SamplerEnvironment environment;

  TargetWiring(SamplerEnvironment environment) {
    this.environment = environment;
  }

  /** The config a campaign into {@code store} runs with: the platform's, with the store's hash. */
  static SamplerConfig effective(PlatformParts platform, ResultStore store) {
    return platform.config().toBuilder()
        .output(platform.config().output().withConfigIdHash(store.configIdHash()))
        .build();
  }

  /** The one target of a single-target campaign: its lines and events are the campaign's. */
  TargetParts unnamed(PlatformParts platform, SamplerConfig effective) {
    return parts(platform, effective, "", CampaignListener.NONE, false);
  }

  /**
   * A target of a pool, named {@code identity}'s target: its own lines and events, and a probe of
   * its gateway before each iteration.
   */
  TargetParts named(
      PlatformParts platform, SamplerConfig effective, RunIdentity identity, ResultStore store) {
    return parts(platform, effective, identity.targetName(), campaignLog(identity, store), true);
  }

  private TargetParts parts(
      PlatformParts platform,
      SamplerConfig effective,
      String name,
      CampaignListener listener,
      boolean probed) {
    MetricsCollector metrics =
        new MetricsCollector(
            catalog(effective),
            platform.metrics(),
            effective.duration(),
            effective.scaphandreEnabled(),
            effective.functionPidRegexes());
    OpenFaasGateway gateway = platform.gateway();
    return new TargetParts(
        name,
        K6Runner.fromConfig(effective, platform.executor()),
        metrics,
        gateway,
        new CooldownManager(
            effective.cooldown(),
            metrics::nodeSnapshot,
            gateway,
            environment.clock(),
            environment.sleeper()),
        new OverloadEvaluator(effective.overload(), metrics.cpuCount()),
        listener,
        probed ? () -> gateway.functions() : TargetParts.Probe.NONE);
  }

  /** The lines and events of a campaign, or of one target of a pool. */
  CampaignListener campaignLog(RunIdentity identity, ResultStore store) {
    return new CampaignLog(
        identity,
        CampaignLog.eventsEnabled(environment.env()) ? environment.out() : null,
        environment.clock(),
        store.configIdHash());
  }

  /** The query catalog of {@code effective}; its warnings go to the user. */
  QueryCatalog catalog(SamplerConfig effective) {
    QueryCatalog catalog =
        QueryCatalog.load(
            effective.queriesPath() == null ? null : environment.resolve(effective.queriesPath()),
            effective.scaphandreEnabled());
    catalog.warnings().forEach(environment::warn);
    return catalog;
  }
}
