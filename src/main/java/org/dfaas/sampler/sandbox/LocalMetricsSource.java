package org.dfaas.sampler.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local metrics source ({@code metrics_source: local}): answers the bundled queries by name
 * from samples of this machine's {@code /proc} and the sandbox's per-function counters, taken every
 * half second, with the meaning the PromQL has on a node exporter — so {@code MetricsCollector}
 * works unchanged. An instant query covers the last {@code time_span}, as the PromQL's range
 * selector does; a range query the window asked for. Samples are kept for two hours.
 *
 * <p>Thread-safe: samples are taken on its own thread and read under a lock. {@link #close} stops
 * the sampling.
 */
public final class LocalMetricsSource implements MetricsSource {

  private static final Logger LOG = LoggerFactory.getLogger(LocalMetricsSource.class);
  private static final Duration KEEP = Duration.ofHours(2);
  private static final long PERIOD_MILLIS = 500;
  // The idle baseline is read as the source starts: over a quarter second an idle machine can
  // count no busy tick at all, a baseline of 0 % that no later cooldown look is within.
  private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  private final Path procRoot;
  private final Clock clock;
  private final Duration timeSpan;
  private final Supplier<Map<String, UsageCounters>> functions;
  private final Deque<ProcSample> samples = new ArrayDeque<>();
  private final ScheduledExecutorService sampler;

  /**
   * @param procRoot {@code /proc}, or a folder holding {@code stat} and {@code meminfo} in tests
   * @param clock the wall clock windows are given in
   * @param timeSpan the window of an instant query (the configured duration)
   * @param functions the sandbox's counters now; an empty map without a sandbox
   * @param sampleInBackground whether to sample every half second on a thread of its own
   */
  public LocalMetricsSource(
      Path procRoot,
      Clock clock,
      Duration timeSpan,
      Supplier<Map<String, UsageCounters>> functions,
      boolean sampleInBackground) {
    this.procRoot = procRoot;
    this.clock = clock;
    this.timeSpan = timeSpan;
    this.functions = functions;
    sample();
    if (sampleInBackground) {
      sampler =
          Executors.newSingleThreadScheduledExecutor(LogTarget.daemonThreads("local-metrics"));
      sampler.scheduleAtFixedRate(
          this::sampleLogged, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    } else {
      sampler = null;
    }
  }

  /** Takes one sample now and keeps it. */
  ProcSample sample() {
    ProcSample sample = ProcSample.read(procRoot, clock.instant(), functions.get());
    synchronized (samples) {
      samples.addLast(sample);
      Instant oldest = sample.time().minus(KEEP);
      while (samples.size() > 2 && samples.peekFirst().time().isBefore(oldest)) {
        samples.removeFirst();
      }
    }
    return sample;
  }

  private void sampleLogged() {
    try {
      sample();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again: log and keep sampling.
      LOG.warn("cannot sample {}: {}", procRoot, e.toString());
    }
  }

  @Override
  public double instant(String name, String promql) {
    ProcSample now = sample();
    ProcSample oldest;
    synchronized (samples) {
      oldest = samples.getFirst();
    }
    if (Duration.between(oldest.time(), now.time()).compareTo(MIN_INTERVAL) < 0) {
      // Just started: CPU counters need an interval to make a rate of.
      try {
        TimeUnit.MILLISECONDS.sleep(MIN_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PrometheusQueryException(name, promql, "interrupted", e);
      }
      now = sample();
    }
    return value(name, promql, now.time().minus(timeSpan), now.time());
  }

  @Override
  public double range(String name, String promql, Instant start, Instant end, Duration step) {
    return value(name, promql, start, end);
  }

  private double value(String name, String promql, Instant start, Instant end) {
    List<ProcSample> window = window(start, end);
    ProcSample first = window.get(0);
    ProcSample last = window.get(window.size() - 1);
    // `check` names a per-function query "cpu_usage_function(figlet)": the query is the part
    // before.
    int paren = name.indexOf('(');
    String query = paren < 0 ? name : name.substring(0, paren);
    return switch (query) {
      case QueryCatalog.CPU_NODE -> NodeValues.cpuPercent(first, last);
      case QueryCatalog.RAM_NODE -> NodeValues.mean(window, s -> s.memTotal() - s.memAvailable());
      case QueryCatalog.RAM_PCT_NODE ->
          NodeValues.mean(
              window, s -> 100.0 * (1 - (double) s.memFreeCachedBuffers() / s.memTotal()));
      case QueryCatalog.CPU_COUNT_NODE -> last.cores();
      case QueryCatalog.POWER_NODE, QueryCatalog.POWER_FUNCTION -> Double.NaN;
      case QueryCatalog.CPU_FUNCTION ->
          NodeValues.perSecond(first, last, function(name, promql, last), UsageCounters::cpuNanos)
              / 1e9
              * 100;
      case QueryCatalog.RAM_FUNCTION ->
          NodeValues.perSecond(
              first, last, function(name, promql, last), UsageCounters::allocatedBytes);
      default ->
          throw new PrometheusQueryException(
              name, promql, "the local source has no such query", null);
    };
  }

  /**
   * The last sample at or before {@code start} (the counters' baseline) and those of {@code (start,
   * end]}; at least one sample.
   */
  private List<ProcSample> window(Instant start, Instant end) {
    List<ProcSample> window = new ArrayList<>();
    synchronized (samples) {
      ProcSample before = null;
      for (ProcSample sample : samples) {
        if (!sample.time().isAfter(start)) {
          before = sample;
        } else if (!sample.time().isAfter(end)) {
          window.add(sample);
        }
      }
      if (before != null) {
        window.add(0, before);
      }
      if (window.isEmpty()) {
        window.add(samples.getLast());
      }
    }
    return window;
  }

  /** The sandbox function the PromQL names: the one whose name it holds in quotes. */
  private static String function(String name, String promql, ProcSample sample) {
    return sample.functions().keySet().stream()
        .filter(function -> promql.contains("\"" + function + "\""))
        .findFirst()
        .orElseThrow(
            () ->
                new PrometheusQueryException(
                    name, promql, "no sandbox function of that name is running", null));
  }

  @Override
  public void close() {
    if (sampler != null) {
      sampler.shutdownNow();
    }
  }
}
