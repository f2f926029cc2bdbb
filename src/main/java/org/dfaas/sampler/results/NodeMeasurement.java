package org.dfaas.sampler.results;

import java.util.Objects;
import org.dfaas.sampler.metrics.NodeUsage;

/**
 * The node's part of a {@code results.csv} row: the idle snapshot the cooldown accepted, what the
 * node used during the run, and the verdict.
 *
 * @param idle the snapshot that passed the cooldown (compat §8)
 * @param loaded the node's usage over the run
 * @param restSeconds the seconds the cooldown waited
 * @param overloaded whether the node was judged overloaded
 */
public record NodeMeasurement(
    NodeUsage idle, NodeUsage loaded, long restSeconds, boolean overloaded) {

  public NodeMeasurement {
    Objects.requireNonNull(idle, "idle");
    Objects.requireNonNull(loaded, "loaded");
    if (restSeconds < 0) {
      throw new IllegalArgumentException("restSeconds must be ≥ 0, got " + restSeconds);
    }
  }
}
