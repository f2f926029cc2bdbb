package org.dfaas.sampler.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The samples a local metrics source answers from: one taken as it starts, then every half second
 * on a thread of its own, kept for two hours; a window is the last sample at or before its start
 * (the counters' baseline) and those within it, as a PromQL range selector reads.
 *
 * <p>Thread-safe: samples are taken on its own thread and read under a lock. {@link #close} stops
 * the sampling.
 *
 * @param <S> what one look holds
 */
final class SampleHistory<S extends CounterSample> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SampleHistory.class);
  private static final Duration KEEP = Duration.ofHours(2);
  private static final long PERIOD_MILLIS = 500;
  // The idle baseline is read as the source starts: over a quarter second an idle node can count
  // no busy time at all, a baseline of 0 % that no later cooldown look is within.
  private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  private final Clock clock;
  private final Function<Instant, S> reader;
  private final String what;
  private final Deque<S> samples = new ArrayDeque<>();
  private final ScheduledExecutorService sampler;

  /**
   * @param clock the wall clock windows are given in
   * @param reader takes one look at the given instant
   * @param what what is sampled, for the warning when a look fails
   * @param sampleInBackground whether to sample every half second on a thread of its own
   */
  SampleHistory(Clock clock, Function<Instant, S> reader, String what, boolean sampleInBackground) {
    this.clock = clock;
    this.reader = reader;
    this.what = what;
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
  S sample() {
    S sample = reader.apply(clock.instant());
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
      LOG.warn("cannot sample {}: {}", what, e.toString());
    }
  }

  /**
   * The window of an instant query: the last {@code span} up to a sample taken now, at least a
   * second after the first sample (counters need an interval to make a rate of).
   *
   * @param name the query's name, for the error when interrupted
   * @param promql the query, for that error
   */
  List<S> lastSpan(String name, String promql, Duration span) {
    S now = sample();
    S oldest;
    synchronized (samples) {
      oldest = samples.getFirst();
    }
    if (Duration.between(oldest.time(), now.time()).compareTo(MIN_INTERVAL) < 0) {
      try {
        TimeUnit.MILLISECONDS.sleep(MIN_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PrometheusQueryException(name, promql, "interrupted", e);
      }
      now = sample();
    }
    return window(now.time().minus(span), now.time());
  }

  /**
   * The last sample at or before {@code start} (the counters' baseline) and those of {@code (start,
   * end]}; at least one sample.
   */
  List<S> window(Instant start, Instant end) {
    List<S> window = new ArrayList<>();
    synchronized (samples) {
      S before = null;
      for (S sample : samples) {
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

  @Override
  public void close() {
    if (sampler != null) {
      sampler.shutdownNow();
    }
  }
}
