package org.dfaas.sampler.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox's own metrics source ({@code metrics_source: sandbox}): the node is the sandbox, so
 * the bundled queries are answered from its functions' counters alone, whatever else runs on this
 * machine — the built-in load generator in this same process and other programs beside it included.
 * Node CPU is the CPU time of the sandbox's threads while they serve function requests, per second,
 * in percent summed over cores (as {@code cpu_usage_node} is), against the cores this process is
 * given; node RAM is the memory the requests in flight hold on average, against the memory the
 * sandbox is given (the JVM's heap limit, which its functions allocate from). An idle sandbox reads
 * 0 for both.
 *
 * <p>Thread-safe ({@link SampledMetricsSource}). {@link #close} stops the sampling.
 */
public final class SandboxMetricsSource
    extends SampledMetricsSource<SandboxMetricsSource.UsageSample> {

  private final int cores;
  private final long memoryGiven;

  /**
   * @param clock the wall clock windows are given in
   * @param timeSpan the window of an instant query (the configured duration)
   * @param functions the sandbox's counters now
   * @param cores the cores the sandbox is given
   * @param memoryGiven the bytes of memory the sandbox is given
   * @param sampleInBackground whether to sample every half second on a thread of its own
   */
  public SandboxMetricsSource(
      Clock clock,
      Duration timeSpan,
      Supplier<Map<String, UsageCounters>> functions,
      int cores,
      long memoryGiven,
      boolean sampleInBackground) {
    super(
        clock,
        timeSpan,
        reader(functions, cores, memoryGiven),
        "the sandbox's counters",
        sampleInBackground);
    this.cores = cores;
    this.memoryGiven = memoryGiven;
  }

  /** Checks what the sandbox is given before anything is sampled. */
  private static Function<Instant, UsageSample> reader(
      Supplier<Map<String, UsageCounters>> functions, int cores, long memoryGiven) {
    if (cores < 1 || memoryGiven < 1) {
      throw new IllegalArgumentException("cores and memory must be positive");
    }
    return time -> new UsageSample(time, functions.get());
  }

  /**
   * A source of this process's sandbox: the cores the JVM may run on and its heap limit.
   *
   * @see #SandboxMetricsSource
   */
  public static SandboxMetricsSource ofThisProcess(
      Clock clock, Duration timeSpan, Supplier<Map<String, UsageCounters>> functions) {
    Runtime runtime = Runtime.getRuntime();
    return new SandboxMetricsSource(
        clock, timeSpan, functions, runtime.availableProcessors(), runtime.maxMemory(), true);
  }

  @Override
  double nodeCpu(UsageSample first, UsageSample last) {
    return NodeValues.cpuPercent(NodeValues.totalPerSecond(first, last, UsageCounters::cpuNanos));
  }

  @Override
  double nodeRamBytes(List<UsageSample> window) {
    return heldBytes(window.get(0), window.get(window.size() - 1));
  }

  @Override
  double nodeRamPercent(List<UsageSample> window) {
    return 100.0 * nodeRamBytes(window) / memoryGiven;
  }

  @Override
  double cores(UsageSample last) {
    return cores;
  }

  private static double heldBytes(UsageSample first, UsageSample last) {
    return NodeValues.heldBytes(
        NodeValues.totalPerSecond(first, last, UsageCounters::heldByteMicros));
  }

  /** One look at the sandbox's counters. */
  record UsageSample(Instant time, Map<String, UsageCounters> functions) implements CounterSample {

    UsageSample {
      functions = Map.copyOf(functions);
    }
  }
}
