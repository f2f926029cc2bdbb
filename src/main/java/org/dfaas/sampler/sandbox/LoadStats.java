package org.dfaas.sampler.sandbox;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one function's load produced: request latencies in an HDR histogram (no buckets to choose, 3
 * significant digits from microseconds to minutes), successes, failures, dropped arrivals and
 * arrivals dispatched late.
 *
 * <p>Thread-safe: request completions record from the HTTP client's threads while the scheduler
 * counts drops.
 */
public final class LoadStats {

  /** An arrival dispatched later than this after its scheduled time counts as late. */
  static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final Histogram latencyMicros = new ConcurrentHistogram(3);
  private final LongAdder successes = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder late = new LongAdder();
  private final LongAdder arrivals = new LongAdder();

  void arrival(long latenessNanos) {
    arrivals.increment();
    if (latenessNanos > LATE_NANOS) {
      late.increment();
    }
  }

  void dropped() {
    dropped.increment();
  }

  void completed(long latencyNanos, boolean success) {
    latencyMicros.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(latencyNanos)));
    (success ? successes : failures).increment();
  }

  /** Scheduled arrivals, dropped ones included. */
  public long arrivals() {
    return arrivals.sum();
  }

  /** Requests that completed (with any status, or with an error). */
  public long requests() {
    return successes.sum() + failures.sum();
  }

  /** Requests answered with a 2xx status. */
  public long successes() {
    return successes.sum();
  }

  /** Arrivals that found every in-flight slot taken, as k6's {@code dropped_iterations}. */
  public long droppedCount() {
    return dropped.sum();
  }

  /** Arrivals dispatched more than 5 ms after their scheduled time. */
  public long lateCount() {
    return late.sum();
  }

  /** A copy of the latency histogram, in microseconds. */
  public Histogram latencyMicros() {
    return latencyMicros.copy();
  }
}
