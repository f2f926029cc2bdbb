package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how k6 runs (compat §1, §10).
 *
 * @param host the k6 host
 * @param user the SSH user on it
 * @param sshKey the private key file, {@code ~} already expanded
 * @param port the SSH port
 * @param workspaceRoot absolute path of the run workspaces on the k6 host
 * @param logStream whether k6's log is streamed while it runs
 * @param outputs each passed to k6 as {@code --out X}
 * @param tags each passed to k6 as {@code --tag k=v}, in file order
 */
public record K6Settings(
    String host,
    String user,
    Path sshKey,
    int port,
    String workspaceRoot,
    boolean logStream,
    List<String> outputs,
    Map<String, String> tags) {

  public K6Settings {
    outputs = List.copyOf(outputs);
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }
}
