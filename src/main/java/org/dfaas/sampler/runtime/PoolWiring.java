package org.dfaas.sampler.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.Closing;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignParts;
import org.dfaas.sampler.campaign.PoolSettings;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.campaign.TargetParts;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Plan;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.sandbox.SandboxOptions;

/**
 * Wires a pool campaign ({@code targets_mode: pool}): the parts of every target, each built as a
 * single-target campaign of it would build them (its own sandbox, k6 executor, metrics and
 * gateway), under its own name; one plan and one output folder. Closing it closes every target's
 * platform parts.
 */
final class PoolWiring implements AutoCloseable {

  private final List<PlatformParts> started = new ArrayList<>();
  private final SamplerEnvironment environment;
  private final SandboxOptions sandboxOptions;
  private final TargetWiring wiring;

  PoolWiring(SamplerEnvironment environment, SandboxOptions sandboxOptions) {
    this.environment = environment;
    this.sandboxOptions = sandboxOptions;
    this.wiring = new TargetWiring(environment);
  }

  /** Starts every target's parts; {@code listener} hears the pool, each target's lines its own. */
  CampaignParts parts(
      SamplerConfig config,
      List<ResolvedTarget> targets,
      RunIdentity identity,
      ResultStore store,
      CampaignListener listener,
      long maxConfigurations) {
    List<TargetParts> pool = new ArrayList<>();
    SamplerConfig effective = null;
    for (ResolvedTarget target : targets) {
      // The lines of its start (its sandbox, its k6) and of the threads it starts name it.
      LogTarget.Scope named = LogTarget.of(target.name());
      try {
        PlatformParts platform = PlatformParts.start(target, environment, sandboxOptions);
        started.add(platform);
        SamplerConfig own = TargetWiring.effective(platform, store);
        effective = effective == null ? own : effective;
        pool.add(wiring.named(platform, own, identity.forTarget(target.name()), store));
      } finally {
        named.close();
      }
    }
    return new CampaignParts(
        effective,
        identity,
        Plan.of(effective),
        pool,
        store,
        listener,
        wiring.campaignLog(identity, store),
        environment.clock(),
        Optional.of(PoolSettings.of(config.targets().poolRetry())),
        maxConfigurations);
  }

  @Override
  public void close() {
    Closing.closeAll(started, RuntimeException.class, PlatformParts::close);
  }
}
