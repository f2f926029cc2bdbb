package org.dfaas.sampler.runtime;

import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.k6.K6RunResult;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.plan.Configuration;

/**
 * The use case {@code once}: one configuration once through the load generator (no cooldown, no
 * metrics), under the run identity a campaign starting now would have.
 */
record OnceUseCase(RuntimeScope scope) {

  /**
   * @throws org.dfaas.sampler.SamplerException when the identity is unusable or the run or its
   *     summary fails
   */
  OnceResult run(Configuration configuration) {
    RunIdentity identity = scope.identity();
    PlatformParts platform = scope.parts();
    K6Runner runner = K6Runner.fromConfig(platform.config(), platform.executor());
    K6RunResult run =
        runner.execute(
            configuration.id(scope.config().output().configIdHash()),
            runner.buildScript(configuration.pairs(), scope.config().functions()),
            identity.targetName(),
            identity.runId());
    return new OnceResult(configuration, run, runner.parseSummary(run, configuration.pairs()));
  }
}
