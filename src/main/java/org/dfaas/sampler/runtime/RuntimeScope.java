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
 * first use and closed by the runtime. A use case is a record of this package over it ({@code new
 * CheckUseCase(scope).check()}); not thread-safe, as the runtime.
 */
record RuntimeScope(
    SamplerConfig config,
    SamplerEnvironment environment,
    SandboxOptions sandboxOptions,
    String targetName,
    StartedParts started) {

  /**
   * A scope over {@code config} with its host addresses resolved; nothing starts yet.
   *
   * @param targetName the name of the one target this scope runs as, or {@code null} for a config's
   *     own (its host's name in the run identity)
   */
  static RuntimeScope of(
      SamplerConfig config,
      SamplerEnvironment environment,
      SandboxOptions sandboxOptions,
      String targetName) {
    Objects.requireNonNull(environment, "environment");
    SamplerConfig resolved =
        HostAddress.resolve(
            Objects.requireNonNull(config, "config"), environment.env(), HostName::get);
    return new RuntimeScope(
        resolved,
        environment,
        Objects.requireNonNull(sandboxOptions, "sandboxOptions"),
        targetName,
        new StartedParts());
  }

  /** The targets of the config: each of {@code targets:}, or the one implicit target. */
  List<ResolvedTarget> targets() {
    return ResolvedTarget.of(config, environment.env(), HostName::get);
  }

  /** A runtime of its own over one target of the config, for a use case that runs each apart. */
  SamplerRuntime open(ResolvedTarget target) {
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
    return started.get(
        () -> PlatformParts.start(config, environment.env(), environment.clock(), sandboxOptions));
  }

  /** Builds a target's campaign parts from started platform parts. */
  TargetWiring wiring() {
    return new TargetWiring(environment);
  }

  /** Closes the platform parts, if started; the next use starts them again. */
  void closeParts() {
    started.close();
  }

  /** The platform parts once started, until closed. Not thread-safe, as the runtime. */
  static final class StartedParts {

    private PlatformParts parts;

    PlatformParts get(java.util.function.Supplier<PlatformParts> start) {
      if (parts == null) {
        parts = start.get();
      }
      return parts;
    }

    void close() {
      if (parts != null) {
        PlatformParts closing = parts;
        parts = null;
        closing.close();
      }
    }
  }
}
