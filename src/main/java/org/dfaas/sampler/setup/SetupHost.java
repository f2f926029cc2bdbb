package org.dfaas.sampler.setup;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host a playbook runs on, as SSH reaches it.
 *
 * @param role what the host is to the campaign, in messages: {@code k6 host} or {@code node}
 * @param address its address
 * @param port its SSH port
 * @param user the SSH user
 * @param key the SSH private key
 */
public record SetupHost(String role, String address, int port, String user, Path key) {

  public SetupHost {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(key, "key");
  }

  /** How messages name it: {@code k6 host 10.0.0.5}. */
  public String displayName() {
    return role + " " + address + (port == 22 ? "" : ":" + port);
  }

  /** Whether tasks need {@code become}: everything but root does to install into system folders. */
  boolean needsBecome() {
    return !user.equals("root");
  }
}
