package org.dfaas.sampler.runtime;

import java.util.List;
import java.util.Objects;
import org.dfaas.sampler.campaign.HostName;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.HostAddress;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.sandbox.SandboxOptions;

/**
 * What every use case of a {@link SamplerRuntime} shares: the config (its host addresses resolved),
 * the environment, the sandbox's options, the target it runs as, and the platform parts, started on
 * first use and closed by the runtime. A use case is a class of this package built over it ({@code
 * new CheckUseCase(scope).check()}); not thread-safe, as the runtime.
 */
final class RuntimeScope {

  private final SamplerConfig config;
  private final SamplerEnvironment environment;
  private final SandboxOptions sandboxOptions;
  private final String targetName;
  private PlatformParts parts;

  /**
   * @param targetName the name of the one target this scope runs as, or {@code null} for a config's
   *     own (its host's name in the run identity)
   */
  RuntimeScope(
      SamplerConfig config,
      SamplerEnvironment environment,
      SandboxOptions sandboxOptions,
      String targetName) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.config =
        HostAddress.resolve(
            Objects.requireNonNull(config, "config"), environment.env(), HostName::get);
    this.sandboxOptions = Objects.requireNonNull(sandboxOptions, "sandboxOptions");
    this.targetName = targetName;
  }

  SamplerConfig config() {
    return config;
  }

  SamplerEnvironment environment() {
    return environment;
  }

  SandboxOptions sandboxOptions() {
    return sandboxOptions;
  }

  /** The targets of the config: each of {@code targets:}, or the one implicit target. */
  List<CampaignTarget> targets() {
    return CampaignTarget.of(config, environment.env(), HostName::get);
  }

  /** A runtime of its own over one target of the config, for a use case that runs each apart. */
  SamplerRuntime open(CampaignTarget target) {
    return SamplerRuntime.open(target, environment, sandboxOptions);
  }

  /** The identity a campaign starting now runs under. */
  RunIdentity identity() {
    RunIdentity identity =
        RunIdentity.resolve(
            config.runId(),
            environment.env(),
            environment.clock().instant(),
            targetName == null ? HostName::get : () -> targetName);
    return targetName == null ? identity : identity.forTarget(targetName);
  }

  /** The platform parts of the config, started now if they are not yet. */
  PlatformParts parts() {
    if (parts == null) {
      parts = PlatformParts.start(config, environment.env(), environment.clock(), sandboxOptions);
    }
    return parts;
  }

  /** Builds a target's campaign parts from started platform parts. */
  TargetWiring wiring() {
    return new TargetWiring(environment);
  }

  /** Closes the platform parts, if started; the next use starts them again. */
  void closeParts() {
    if (parts != null) {
      PlatformParts closing = parts;
      parts = null;
      closing.close();
    }
  }
}
