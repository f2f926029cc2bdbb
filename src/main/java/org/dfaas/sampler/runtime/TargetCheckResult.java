package org.dfaas.sampler.runtime;

import java.util.Objects;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.check.CheckReport;

/**
 * What {@code check} found on one target: its report, or why its parts could not even be built.
 * Exactly one of {@code report} and {@code failure} is set.
 *
 * @param target the target
 * @param report its parts, one by one, or {@code null}
 * @param failure why it could not be checked (a sandbox that cannot start, an unusable key), or
 *     {@code null}
 */
public record TargetCheckResult(
    ResolvedTarget target, CheckReport report, SamplerException failure) {

  public TargetCheckResult {
    Objects.requireNonNull(target, "target");
    if ((report == null) == (failure == null)) {
      throw new IllegalArgumentException("either a report or a failure");
    }
  }

  /** Whether every part of the target works. */
  public boolean ok() {
    return report != null && report.ok();
  }
}
