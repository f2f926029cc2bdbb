package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A stop that lands as a run starts: as soon as the script reaches the host's workspace (then a few
 * microseconds to milliseconds later, round by round), so some stops come before the run's channel
 * opens, some while it opens, some before the wrapper wrote k6's PID. Whatever the moment, the run
 * ends as cancelled and no k6 stand-in is left on the host. The stand-in sleeps silently: nothing
 * it writes could end it by a broken pipe. The executor's run timeout must be short (a few
 * seconds): it bounds a round whose stop was lost on the way, which then fails.
 */
final class EarlyStop {

  /** The delays, in microseconds, from the script's arrival to the stop. */
  private static final long[] DELAYS_MICROS = {0, 200, 1_000, 3_000, 10_000, 30_000};

  /**
   * Rounds per test: one per delay, or more with {@code -DargLine=-DearlyStop.rounds=N} (the delays
   * in turn) to measure how often a stop is lost.
   */
  private static final int ROUNDS = Integer.getInteger("earlyStop.rounds", DELAYS_MICROS.length);

  private EarlyStop() {}

  static void assertLeavesNoK6(
      StandIn standIn,
      Supplier<K6Executor> executor,
      K6RunRequest request,
      Path workspace,
      Path dir)
      throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      long delay = DELAYS_MICROS[round % DELAYS_MICROS.length];
      Path pidFile = dir.resolve("early-stop-" + round + ".pid");
      standIn.behave(Map.of("STANDIN_SLEEP", "120", "STANDIN_PID_FILE", pidFile.toString()));
      Files.deleteIfExists(workspace.resolve(RemoteLayout.SCRIPT));
      K6Executor runs = executor.get();
      CompletableFuture<Throwable> failure = new CompletableFuture<>();
      Thread runner =
          new Thread(
              () -> {
                try {
                  runs.run(request);
                  failure.complete(null);
                } catch (RuntimeException e) {
                  failure.complete(e);
                }
              });
      runner.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!Files.exists(workspace.resolve(RemoteLayout.SCRIPT))
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      long stopAt = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(delay);
      while (System.nanoTime() < stopAt) {
        Thread.onSpinWait();
      }
      runner.interrupt();

      Throwable ended;
      try {
        ended = failure.get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        StringBuilder where = new StringBuilder();
        for (StackTraceElement frame : runner.getStackTrace()) {
          where.append("\n  at ").append(frame);
        }
        throw new AssertionError(
            "round " + round + ": the run did not end 30 s after the stop; it is" + where, e);
      }
      assertThat(ended)
          .as("round %d: a stop %d µs after the upload", round, delay)
          .isInstanceOf(K6ExecutionException.class)
          .hasMessageContaining("run cancelled");
      // A wrapper that had not started yet when the stop came runs now, finds the mark and ends.
      Thread.sleep(1500);
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
            .as("round %d: the k6 stand-in (pid %d) is still running on the host", round, pid)
            .isFalse();
      }
    }
  }
}
