package org.dfaas.sampler.k6;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6Settings;
import org.dfaas.sampler.plan.RatePair;

/** Requests and settings for the executor tests. */
final class Runs {

  static final K6Script SCRIPT =
      new K6Runner(
              Fixtures.SETTINGS,
              Fixtures.GATEWAY,
              Fixtures.DURATION,
              ScriptedK6Executor.never("no runs"))
          .buildScript(
              List.of(new RatePair("figlet", 20), new RatePair("qrcode-go", 10)),
              Fixtures.FUNCTIONS);

  private Runs() {}

  static K6Settings settings(String host, String user, Path key, int port, String root) {
    return new K6Settings(
        host, user, key, port, root, true, List.of("json=out.json"), Map.of("run", "r1"));
  }

  static K6RunRequest request(String configId, K6Settings settings) {
    return new K6RunRequest(configId, SCRIPT, "node-1", "run-1", settings, Fixtures.DURATION);
  }

  static K6ExecutionSettings execution(
      K6ExecutionSettings.Executor executor,
      Path binary,
      K6ExecutionSettings.HostKeyPolicy policy,
      Path knownHosts,
      long runTimeoutSeconds) {
    return new K6ExecutionSettings(
        executor, binary.toString(), policy, knownHosts, 5, runTimeoutSeconds);
  }
}
