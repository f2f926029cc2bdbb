package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How k6 gets run on the k6 host (issue 3): which executor, which binary, how the host's key is
 * trusted, and how long connecting and running may take. Apart from {@link K6Settings} so that the
 * executors' own keys stay in one place.
 *
 * @param executor how k6 is reached
 * @param binary the k6 command on the k6 host (a name on its PATH or a path)
 * @param hostKeyPolicy how the k6 host's SSH key is checked
 * @param knownHosts the OpenSSH known-hosts file, {@code ~} already expanded
 * @param connectTimeoutSeconds the limit of connecting, authenticating and each SFTP or short
 *     command step, > 0
 * @param runTimeoutSeconds the limit of one k6 run, > 0
 */
public record K6ExecutionSettings(
    Executor executor,
    String binary,
    HostKeyPolicy hostKeyPolicy,
    Path knownHosts,
    int connectTimeoutSeconds,
    long runTimeoutSeconds) {

  public K6ExecutionSettings {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(hostKeyPolicy, "hostKeyPolicy");
    Objects.requireNonNull(knownHosts, "knownHosts");
    if (connectTimeoutSeconds <= 0 || runTimeoutSeconds <= 0) {
      throw new IllegalArgumentException("timeouts must be > 0");
    }
  }

  /** The default run timeout: the duration plus max(60 s, half the duration), in seconds. */
  public static long defaultRunTimeoutSeconds(LoadDuration duration) {
    long seconds = Math.max(1, duration.seconds());
    return seconds + Math.max(60, seconds / 2);
  }

  /** The value of {@code k6_executor}. */
  public enum Executor implements ConfigKeyword {
    /** k6 on the k6 host over one reused SSH session (the default). */
    SSH,
    /** k6 as a child process on this machine. */
    LOCAL,
    /** The old tool's Ansible playbook. */
    ANSIBLE
  }

  /** The value of {@code k6_host_key_policy}. */
  public enum HostKeyPolicy {
    /** Trust a host seen for the first time and record its key; refuse a changed key. */
    ACCEPT_NEW,
    /** Only hosts already in the known-hosts file. */
    STRICT,
    /** Any key: only for throw-away test hosts. */
    INSECURE;

    /** The config spelling. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
