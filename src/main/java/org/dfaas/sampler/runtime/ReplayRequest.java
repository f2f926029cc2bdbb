package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What {@code plan --replay} replays, and how.
 *
 * @param file the recorded {@code results.csv}
 * @param nodeCores the node's core count ({@code --node-cores}), empty to read or infer it
 * @param allowGaps whether configurations the recording does not settle are listed {@code unknown}
 *     instead of refused
 */
public record ReplayRequest(Path file, OptionalInt nodeCores, boolean allowGaps) {

  public ReplayRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(nodeCores, "nodeCores");
  }
}
