package org.dfaas.sampler.runtime;

import java.util.List;
import org.dfaas.sampler.ExitCode;

/**
 * How every target's campaign of a fleet ended, in the targets' order.
 *
 * @param targets one entry per target
 */
public record FleetResult(List<FleetTargetResult> targets) implements RunResult {

  /** From worst to best: an interrupted fleet is resumable, whatever else happened. */
  private static final List<Integer> SEVERITY =
      List.of(ExitCode.INTERRUPTED, ExitCode.BAD_INPUT, ExitCode.RUNTIME_FAILURE, ExitCode.OK);

  public FleetResult {
    targets = List.copyOf(targets);
  }

  /** The worst exit code of the targets: 130 if any was interrupted, then 2, then 1, else 0. */
  @Override
  public int exitCode() {
    int worst = ExitCode.OK;
    for (FleetTargetResult target : targets) {
      int code = target.exitCode();
      if (rank(code) < rank(worst)) {
        worst = code;
      }
    }
    return worst;
  }

  private static int rank(int code) {
    int rank = SEVERITY.indexOf(code);
    return rank < 0 ? SEVERITY.indexOf(ExitCode.RUNTIME_FAILURE) : rank;
  }
}
