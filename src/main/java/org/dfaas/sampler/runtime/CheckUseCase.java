package org.dfaas.sampler.runtime;

import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.check.SetupChecker;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.metrics.PrometheusClient;

/** The use case {@code check}: the setup a campaign needs, part by part, of one target or each. */
record CheckUseCase(RuntimeScope scope) {

  /** The config's own setup; a broken part is a FAIL in the report, not an exception. */
  CheckReport check() {
    // A sandbox or local source asked for is started for the check, as a campaign would.
    PlatformParts platform = scope.parts();
    SamplerConfig effective = platform.config();
    // A diagnosis asks once: an empty result now is worth reporting, not waiting out.
    return new SetupChecker(
            effective,
            scope.wiring().catalog(effective),
            () ->
                platform.prometheus()
                    ? PrometheusClient.create(
                        effective.prometheusUrl(), effective.prometheus().withoutRetries())
                    : platform.metrics(),
            () -> platform.gateway().functions(),
            platform.executor()::version)
        .check();
  }

  /**
   * Every target, one after the other, each with its own parts (built for its check and closed
   * after it); a target whose parts cannot be built is a failed check, so the others are checked.
   */
  List<TargetCheckResult> checkTargets() {
    List<TargetCheckResult> checks = new ArrayList<>();
    for (ResolvedTarget target : scope.targets()) {
      try (SamplerRuntime runtime = scope.open(target)) {
        checks.add(new TargetCheckResult(target, runtime.check(), null));
      } catch (SamplerException e) {
        checks.add(new TargetCheckResult(target, null, e));
      }
    }
    return checks;
  }
}
