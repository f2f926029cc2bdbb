package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and checks the keys of {@link K6ExecutionSettings}. */
final class K6ExecutionReader {

  private final Function<String, Path> paths;

  /**
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  K6ExecutionReader(Function<String, Path> paths) {
    this.paths = paths;
  }

  K6ExecutionSettings read(ConfigNode root, LoadDuration duration, Problems problems) {
    K6ExecutionSettings.Executor executor =
        choice(root, "k6_executor", K6ExecutionSettings.Executor.values(), "ssh", problems);
    String binary = Rules.singleLine(root, "k6_binary", "k6");
    if (binary.isBlank()) {
      problems.add(root.pathOf("k6_binary"), "must not be empty");
    }
    K6ExecutionSettings.HostKeyPolicy policy =
        choice(
            root,
            "k6_host_key_policy",
            K6ExecutionSettings.HostKeyPolicy.values(),
            "accept-new",
            problems);
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
    long fallback = K6ExecutionSettings.defaultRunTimeoutSeconds(duration);
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

  private static <E extends Enum<E>> E choice(
      ConfigNode root, String key, E[] values, String fallback, Problems problems) {
    String text = root.string(key, fallback);
    String wanted = text == null ? fallback : text;
    for (E value : values) {
      if (spelling(value).equals(wanted)) {
        return value;
      }
    }
    problems.add(
        root.pathOf(key),
        "must be one of "
            + Arrays.stream(values)
                .map(K6ExecutionReader::spelling)
                .collect(Collectors.joining(", "))
            + ", got \""
            + wanted
            + "\"");
    for (E value : values) {
      if (spelling(value).equals(fallback)) {
        return value;
      }
    }
    throw new IllegalStateException("fallback " + fallback + " is not a value");
  }

  private static String spelling(Enum<?> value) {
    if (value instanceof K6ExecutionSettings.Executor executor) {
      return executor.key();
    }
    return ((K6ExecutionSettings.HostKeyPolicy) value).key();
  }
}
