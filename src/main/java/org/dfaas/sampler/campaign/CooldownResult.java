package org.dfaas.sampler.campaign;

import java.util.Objects;
import org.dfaas.sampler.metrics.NodeUsage;

/**
 * A cooldown that ended with an idle node.
 *
 * @param idle the snapshot that passed, the row's idle values
 * @param restSeconds the whole seconds waited, the row's {@code rest_seconds}
 */
public record CooldownResult(NodeUsage idle, long restSeconds) {

  public CooldownResult {
    Objects.requireNonNull(idle, "idle");
  }
}
