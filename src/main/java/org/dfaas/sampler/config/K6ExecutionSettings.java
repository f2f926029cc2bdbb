package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * How k6 gets run on the k6 host (issue 3): which executor, which binary, how the host's key is
 * trusted, and how long connecting and running may take. Apart from {@link K6Settings} so that the
 * executors' own keys stay in one place; read at the top level or in a target.
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

  /**
   * @param duration the campaign's load duration: the default run timeout follows it
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  static K6ExecutionSettings read(
      ConfigNode root, LoadDuration duration, Function<String, Path> paths, Problems problems) {
    Executor executor = root.choice("k6_executor", Executor.values(), Executor::key, Executor.SSH);
    String binary = Rules.singleLine(root, "k6_binary", "k6");
    if (binary.isBlank()) {
      problems.add(root.pathOf("k6_binary"), "must not be empty");
    }
    HostKeyPolicy policy =
        root.choice(
            "k6_host_key_policy",
            HostKeyPolicy.values(),
            HostKeyPolicy::key,
            HostKeyPolicy.ACCEPT_NEW);
    String knownHostsText = Rules.singleLine(root, "k6_known_hosts", "~/.ssh/known_hosts");
    if (knownHostsText.isBlank()) {
      problems.add(root.pathOf("k6_known_hosts"), "must not be empty");
      knownHostsText = "~/.ssh/known_hosts";
    }
    Path knownHosts = paths.apply(knownHostsText);
    Integer connect = root.integer("k6_connect_timeout_seconds", 10);
    if (connect == null || connect <= 0) {
      if (connect != null) {
        problems.add(root.pathOf("k6_connect_timeout_seconds"), "must be > 0, got " + connect);
      }
      connect = 10;
    }
    long fallback = defaultRunTimeoutSeconds(duration);
    Long run = root.longValue("k6_run_timeout_seconds", fallback);
    if (run == null || run <= 0) {
      if (run != null) {
        problems.add(root.pathOf("k6_run_timeout_seconds"), "must be > 0, got " + run);
      }
      run = fallback;
    } else if (run * 1000 <= duration.millis()) {
      problems.add(
          root.pathOf("k6_run_timeout_seconds"),
          "must be longer than the duration ("
              + duration.text()
              + ") or every run times out, got "
              + run);
    }
    return new K6ExecutionSettings(executor, binary, policy, knownHosts, connect, run);
  }

  /** The top-level keys; a target prints the ones it may set itself ({@link Target}). */
  void print(ObjectNode into) {
    into.put("k6_executor", executor.key());
    into.put("k6_binary", binary);
    into.put("k6_host_key_policy", hostKeyPolicy.key());
    into.put("k6_known_hosts", knownHosts.toString());
    into.put("k6_connect_timeout_seconds", connectTimeoutSeconds);
    into.put("k6_run_timeout_seconds", runTimeoutSeconds);
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
