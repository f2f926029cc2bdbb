package org.dfaas.sampler.sandbox;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.k6.K6ExecutionException;
import org.dfaas.sampler.k6.K6Executor;
import org.dfaas.sampler.k6.K6HostFailures;
import org.dfaas.sampler.k6.K6Load;
import org.dfaas.sampler.k6.K6RunRequest;
import org.dfaas.sampler.k6.K6RunResult;

/**
 * The built-in load generator ({@code load_generator: builtin}): drives a configuration's functions
 * in this process with k6's constant-arrival-rate semantics ({@link ConstantArrivalRate}), one
 * scheduler thread per function, and returns a summary in k6's legacy export form. It stands in for
 * k6 behind the {@link K6Executor} seam, so the campaign loop and the summary parser are the same
 * for both; it reads the script's structured loads, not its JavaScript.
 *
 * <p>Thread-safe: runs share only the HTTP client. {@link #close} stops the client's threads.
 */
public final class BuiltinLoadGenerator implements K6Executor {

  /** The limit of one request, as a k6 script's default would be were it not 60 s. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private static final K6HostFailures FAILURES = new K6HostFailures("builtin load generator");

  private final ExecutorService clientThreads;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final LongSupplier nanoTime;

  /**
   * @param requestTimeout the limit of one request (and of connecting)
   * @param nanoTime the monotonic clock arrivals are scheduled on
   */
  public BuiltinLoadGenerator(Duration requestTimeout, LongSupplier nanoTime) {
    this.requestTimeout = requestTimeout;
    this.nanoTime = nanoTime;
    this.clientThreads =
        Executors.newCachedThreadPool(LogTarget.daemonThreads("builtin-load-http"));
    this.http =
        HttpClient.newBuilder()
            .executor(clientThreads)
            .connectTimeout(requestTimeout)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** No k6 is involved: {@code check} reports the generator itself. */
  @Override
  public String version() {
    return "built-in load generator (constant arrival rate, no k6 needed)";
  }

  @Override
  public K6RunResult run(K6RunRequest request) {
    List<K6Load> loads = request.script().loads();
    if (loads.isEmpty()) {
      throw failure(request, "the script carries no structured loads to drive", null);
    }
    Duration duration = Duration.ofMillis(request.duration().millis());
    List<K6Load> active = loads.stream().filter(load -> load.rate() > 0).toList();
    long began = nanoTime.getAsLong();
    Map<String, LoadStats> statsById = new LinkedHashMap<>();
    try {
      if (active.isEmpty()) {
        // k6's idle scenario: nothing is sent, but the run lasts the duration.
        TimeUnit.MILLISECONDS.sleep(duration.toMillis());
      } else {
        drive(request, active, duration, statsById);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(request, "interrupted", e);
    }
    double seconds = (nanoTime.getAsLong() - began) / 1e9;
    return new K6RunResult(
        LegacySummary.write(statsById, duration.toMillis() / 1000.0),
        request.script(),
        request.configId(),
        seconds);
  }

  private void drive(
      K6RunRequest request,
      List<K6Load> active,
      Duration duration,
      Map<String, LoadStats> statsById)
      throws InterruptedException {
    List<ConstantArrivalRate> runs = new ArrayList<>();
    for (K6Load load : active) {
      try {
        runs.add(new ConstantArrivalRate(http, load, requestTimeout, nanoTime));
      } catch (IllegalArgumentException e) {
        throw failure(request, load.function().name() + ": cannot build its request: " + e, e);
      }
    }
    ExecutorService schedulers = Executors.newFixedThreadPool(runs.size());
    try {
      // A common start a little ahead, so every function's first arrival is on time.
      long start = nanoTime.getAsLong() + TimeUnit.MILLISECONDS.toNanos(20);
      List<Future<LoadStats>> futures = new ArrayList<>();
      for (ConstantArrivalRate run : runs) {
        futures.add(schedulers.submit(() -> run.run(start, duration)));
      }
      for (int i = 0; i < runs.size(); i++) {
        String function = active.get(i).function().name();
        String id = request.script().metricIds().get(function);
        try {
          statsById.put(id, futures.get(i).get());
        } catch (ExecutionException e) {
          throw failure(request, function + ": " + e.getCause().getMessage(), e.getCause());
        }
      }
    } finally {
      schedulers.shutdownNow();
    }
  }

  private static K6ExecutionException failure(
      K6RunRequest request, String reason, Throwable cause) {
    return FAILURES.failed(request.configId(), null, "", reason, cause);
  }

  @Override
  public void close() {
    clientThreads.shutdownNow();
  }
}
