package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

/** {@link K6Runner#execute}: what reaches the executor and what comes back. */
class K6RunnerExecuteTest {

  /** Records each request and answers with a result of its own making. */
  private static final class RecordingExecutor implements K6Executor {
    final List<K6RunRequest> requests = new ArrayList<>();

    @Override
    public K6RunResult run(K6RunRequest request) {
      requests.add(request);
      return new K6RunResult(
          "{\"metrics\": {}}", request.script(), request.configId(), 31.5 + requests.size());
    }

    @Override
    public String version() {
      return ScriptedK6Executor.VERSION;
    }
  }

  private final RecordingExecutor executor = new RecordingExecutor();
  private final K6Runner runner =
      new K6Runner(Fixtures.SETTINGS, Fixtures.GATEWAY, Fixtures.DURATION, executor);
  private final K6Script script =
      runner.buildScript(List.of(new RatePair("env", 0)), Fixtures.FUNCTIONS);

  @Test
  void handsTheExecutorTheRunAndTheK6Settings() {
    runner.execute("9119962e05b1", script, "node-1", "run-1700000000");

    assertThat(executor.requests)
        .containsExactly(
            new K6RunRequest(
                "9119962e05b1",
                script,
                "node-1",
                "run-1700000000",
                Fixtures.SETTINGS,
                Fixtures.DURATION));
  }

  @Test
  void returnsTheExecutorsResult() {
    K6RunResult first = runner.execute("aaaaaaaaaaaa", script, "node-1", "run-1");
    K6RunResult second = runner.execute("bbbbbbbbbbbb", script, "node-1", "run-1");

    assertThat(first).isEqualTo(new K6RunResult("{\"metrics\": {}}", script, "aaaaaaaaaaaa", 32.5));
    assertThat(second.configId()).isEqualTo("bbbbbbbbbbbb");
    assertThat(second.durationSeconds()).isEqualTo(33.5);
  }

  @Test
  void letsTheExecutorsFailureThrough() {
    K6ExecutionException failure =
        new K6ExecutionException(
            "9119962e05b1", "k6.example", 107, "level=error", "k6 failed", null);
    K6Runner failing =
        new K6Runner(
            Fixtures.SETTINGS,
            Fixtures.GATEWAY,
            Fixtures.DURATION,
            ScriptedK6Executor.answering(
                request -> {
                  throw failure;
                }));

    assertThatThrownBy(() -> failing.execute("9119962e05b1", script, "node-1", "run-1"))
        .isSameAs(failure);
  }
}
