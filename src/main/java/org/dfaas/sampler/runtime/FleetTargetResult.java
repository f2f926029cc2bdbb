package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.Objects;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * How one target's campaign of a fleet ended: its result, or why it could not run. Exactly one of
 * {@code result} and {@code failure} is set.
 *
 * @param target the target
 * @param folder its output folder, {@code {output_dir}/{name}}
 * @param result its campaign's result, or {@code null} when it failed
 * @param failure why it stopped without a result (a refused folder, a part that cannot start, a
 *     bug), or {@code null}
 */
public record FleetTargetResult(
    ResolvedTarget target, Path folder, CampaignResult result, RuntimeException failure) {

  public FleetTargetResult {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(folder, "folder");
    if ((result == null) == (failure == null)) {
      throw new IllegalArgumentException("either a result or a failure");
    }
  }

  /** The exit code a single campaign of this target would have ended with. */
  public int exitCode() {
    if (failure != null) {
      return failure instanceof SamplerException known
          ? known.exitCode()
          : ExitCode.RUNTIME_FAILURE;
    }
    return result.exitCode();
  }
}
