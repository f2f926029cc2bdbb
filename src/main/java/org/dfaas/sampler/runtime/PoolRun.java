package org.dfaas.sampler.runtime;

import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.Closing;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignLog;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.CampaignParts;
import org.dfaas.sampler.campaign.PoolCampaign;
import org.dfaas.sampler.campaign.PoolParts;
import org.dfaas.sampler.campaign.PoolSettings;
import org.dfaas.sampler.campaign.PoolTarget;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.platform.OpenFaasGateway;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.sandbox.SandboxOptions;

/**
 * Wires a pool campaign ({@code targets_mode: pool}): the parts of every target, each built as a
 * single-target campaign of it would build them (its own sandbox, k6 executor, metrics and
 * gateway), under its own name; one plan and one output folder. Closes every target's parts when
 * the campaign ends.
 */
final class PoolRun {

  /** Builds one target's parts as the single-target campaign does. */
  @FunctionalInterface
  interface PartsBuilder {
    CampaignParts build(
        PlatformParts platform,
        RunIdentity identity,
        ResultStore store,
        CampaignRequest request,
        List<CampaignListener> others);
  }

  private final PartsBuilder builder;
  private final SamplerEnvironment environment;
  private final SandboxOptions sandboxOptions;

  PoolRun(PartsBuilder builder, SamplerEnvironment environment, SandboxOptions sandboxOptions) {
    this.builder = builder;
    this.environment = environment;
    this.sandboxOptions = sandboxOptions;
  }

  CampaignOutcome run(
      SamplerConfig config,
      List<CampaignTarget> targets,
      RunIdentity identity,
      ResultStore store,
      CampaignRequest request,
      List<CampaignListener> others) {
    List<PlatformParts> started = new ArrayList<>();
    try {
      // Each target's own lines and events only: the pool's listeners hear every target once.
      CampaignRequest quiet =
          new CampaignRequest(
              request.outputFolder(),
              request.maxConfigurations(),
              CampaignListener.NONE,
              request.force(),
              request.configWarnings());
      List<PoolTarget> pool = new ArrayList<>();
      SamplerConfig effective = null;
      for (CampaignTarget target : targets) {
        CampaignParts parts;
        // The lines of its start (its sandbox, its k6) and of the threads it starts name it.
        LogTarget.Scope named = LogTarget.of(target.name());
        try {
          PlatformParts platform = PlatformParts.start(target, environment, sandboxOptions);
          started.add(platform);
          parts =
              builder.build(platform, identity.forTarget(target.name()), store, quiet, List.of());
        } finally {
          named.close();
        }
        effective = effective == null ? parts.config() : effective;
        pool.add(
            new PoolTarget(
                target.name(),
                parts.k6(),
                parts.metrics(),
                parts.platform(),
                parts.cooldown(),
                parts.overload(),
                parts.listener(),
                probe(parts)));
      }
      List<CampaignListener> listeners = new ArrayList<>();
      listeners.add(request.listener());
      listeners.addAll(others);
      CampaignLog campaignLog =
          new CampaignLog(
              identity,
              CampaignLog.eventsEnabled(environment.env()) ? environment.out() : null,
              environment.clock(),
              store.configIdHash());
      return new PoolCampaign(
              new PoolParts(
                  effective,
                  identity,
                  Plan.of(effective),
                  pool,
                  store,
                  CampaignListener.all(listeners),
                  campaignLog,
                  environment.clock(),
                  PoolSettings.of(config.targets().poolRetry()),
                  request.maxConfigurations()))
          .run();
    } finally {
      Closing.closeAll(started, RuntimeException.class, PlatformParts::close);
    }
  }

  /** The target's gateway answers its function list (a sandbox's, or the real one). */
  private static PoolTarget.Probe probe(CampaignParts parts) {
    if (parts.platform() instanceof OpenFaasGateway gateway) {
      return () -> gateway.functions();
    }
    return PoolTarget.Probe.NONE;
  }
}
