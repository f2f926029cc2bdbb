package org.dfaas.sampler.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.dfaas.sampler.metrics.MetricsSource;
import org.dfaas.sampler.metrics.PrometheusQueryException;
import org.dfaas.sampler.metrics.QueryCatalog;

/**
 * A metrics source answering from samples it takes itself ({@link SampleHistory}): an instant query
 * covers the last {@code time_span}, as the PromQL's range selector does; a range query the window
 * asked for. Subclasses say what one look holds and what each bundled query makes of a window.
 *
 * <p>Thread-safe. {@link #close} stops the sampling.
 *
 * @param <S> what one look holds
 */
abstract class SampledMetricsSource<S extends CounterSample> implements MetricsSource {

  private final Duration timeSpan;
  private final String description;
  private final SampleHistory<S> samples;

  /**
   * @param clock the wall clock windows are given in
   * @param timeSpan the window of an instant query (the configured duration)
   * @param reader takes one look at the given instant; must not read the subclass's fields, as it
   *     runs once before they are set
   * @param what what is sampled, for the warning when a look fails
   * @param sampleInBackground whether to sample every half second on a thread of its own
   */
  SampledMetricsSource(
      Clock clock,
      Duration timeSpan,
      Function<Instant, S> reader,
      String what,
      boolean sampleInBackground) {
    this.timeSpan = timeSpan;
    this.description = what;
    this.samples = new SampleHistory<>(clock, reader, what, sampleInBackground);
  }

  /** Takes one sample now and keeps it. */
  final S sample() {
    return samples.sample();
  }

  /** The value of the bundled query {@code name} over a window of at least one sample. */
  final double value(String name, String promql, List<S> window) {
    S first = window.get(0);
    S last = window.get(window.size() - 1);
    return switch (NodeValues.query(name)) {
      case QueryCatalog.CPU_NODE -> nodeCpu(first, last);
      case QueryCatalog.RAM_NODE -> nodeRamBytes(window);
      case QueryCatalog.RAM_PCT_NODE -> nodeRamPercent(window);
      case QueryCatalog.CPU_COUNT_NODE -> cores(last);
      case QueryCatalog.POWER_NODE, QueryCatalog.POWER_FUNCTION -> Double.NaN;
      case QueryCatalog.CPU_FUNCTION -> NodeValues.functionCpu(name, promql, first, last);
      case QueryCatalog.RAM_FUNCTION -> NodeValues.functionRam(name, promql, first, last);
      default ->
          throw new PrometheusQueryException(
              name, promql, "no such query for a source sampling " + description, null);
    };
  }

  /** The node's CPU in percent summed over cores ({@code cpu_usage_node}) between two samples. */
  abstract double nodeCpu(S first, S last);

  /** The node's memory in use, in bytes, over the window. */
  abstract double nodeRamBytes(List<S> window);

  /** The node's memory in use, in percent of what it has, over the window. */
  abstract double nodeRamPercent(List<S> window);

  /** The cores the node has, as the last sample tells. */
  abstract double cores(S last);

  @Override
  public final double instant(String name, String promql) {
    return value(name, promql, samples.lastSpan(name, promql, timeSpan));
  }

  @Override
  public final double range(String name, String promql, Instant start, Instant end, Duration step) {
    return value(name, promql, samples.window(start, end));
  }

  @Override
  public final void close() {
    samples.close();
  }
}
