package org.dfaas.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A target's name goes with the work its thread hands to other threads, and nowhere else. */
class LogTargetTest {

  @Test
  void aScopeHeadsTheThreadsLinesAndRestoresWhatWasThere() {
    LogTarget.Scope outer = LogTarget.of("a");
    LogTarget.Scope inner = LogTarget.of("b");
    assertThat(MDC.get(LogTarget.MDC_KEY)).isEqualTo("[b] ");
    inner.close();
    assertThat(MDC.get(LogTarget.MDC_KEY)).isEqualTo("[a] ");
    outer.close();
    assertThat(MDC.get(LogTarget.MDC_KEY)).isNull();
  }

  @Test
  void threadsOfAFactoryMadeForATargetCarryItWhoeverStartsThem() throws Exception {
    ThreadFactory factory;
    LogTarget.Scope named = LogTarget.of("node-1");
    try {
      factory = LogTarget.daemonThreads("worker");
    } finally {
      named.close();
    }
    ExecutorService threads = Executors.newSingleThreadExecutor(factory);
    try {
      assertThat(threads.submit(() -> MDC.get(LogTarget.MDC_KEY)).get()).isEqualTo("[node-1] ");
    } finally {
      threads.shutdownNow();
    }
    ExecutorService untargeted = Executors.newSingleThreadExecutor(LogTarget.daemonThreads("w"));
    try {
      assertThat(untargeted.submit(() -> MDC.get(LogTarget.MDC_KEY)).get()).isNull();
    } finally {
      untargeted.shutdownNow();
    }
  }

  @Test
  void aCarriedTaskRunsUnderTheTargetOfTheThreadThatMadeIt() throws Exception {
    Runnable task;
    CompletableFuture<String> seen = new CompletableFuture<>();
    LogTarget.Scope named = LogTarget.of("node-2");
    try {
      task = LogTarget.carried(() -> seen.complete(MDC.get(LogTarget.MDC_KEY)));
    } finally {
      named.close();
    }
    Thread thread = new Thread(task);
    thread.start();
    thread.join();
    assertThat(seen.get()).isEqualTo("[node-2] ");
  }
}
