package org.dfaas.sampler.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import org.dfaas.sampler.HumanUnits;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.config.CooldownSettings;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.platform.FaasPlatform;

/**
 * Waits before every iteration until the node is back near its idle baseline and the functions have
 * scaled down (compat §8), so one run's load does not leak into the next one's numbers.
 *
 * <p>Idle means: CPU, RAM and power each ≤ baseline + |baseline| × idle_threshold_pct / 100 (so a
 * negative or zero baseline can pass), a NaN on either side or an infinite baseline counting as
 * within, and every function below 2 replicas. Between two looks it sleeps {@code
 * sleep_step_seconds}, the last sleep cut to what is left of {@code max_wait_seconds} (as the old
 * tool's later versions do; the seed's slept a whole step past it); a look that fails once {@code
 * max_wait_seconds} have passed ends the wait with a {@link CooldownTimeoutException}. The whole
 * seconds waited are the row's {@code rest_seconds}.
 *
 * <p>Not thread-safe: one campaign loop uses it.
 */
public final class CooldownManager {

  private final CooldownSettings settings;
  private final Supplier<NodeUsage> snapshots;
  private final FaasPlatform platform;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param snapshots takes a node snapshot (instant queries), e.g. {@code
   *     MetricsCollector::nodeSnapshot}
   */
  public CooldownManager(
      CooldownSettings settings,
      Supplier<NodeUsage> snapshots,
      FaasPlatform platform,
      Clock clock,
      Sleeper sleeper) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.platform = Objects.requireNonNull(platform, "platform");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Waits until the node is idle.
   *
   * @param configId the configuration about to run, for the error
   * @param baseline the idle baseline measured at the campaign's start
   * @param functions the functions of the configuration
   * @throws CooldownTimeoutException when it is not idle within {@code max_wait_seconds}
   * @throws org.dfaas.sampler.metrics.PrometheusQueryException when a snapshot fails
   * @throws InterruptedException when interrupted while sleeping
   */
  public CooldownResult awaitIdle(String configId, NodeUsage baseline, List<String> functions)
      throws InterruptedException {
    Instant start = clock.instant();
    Duration limit = Duration.ofSeconds(settings.maxWaitSeconds());
    Duration step = Duration.ofSeconds(settings.sleepStepSeconds());
    while (true) {
      NodeUsage snapshot = snapshots.get();
      Map<String, Integer> replicas = platform.replicas(functions);
      List<String> reasons = reasons(baseline, snapshot, replicas);
      Duration waited = Duration.between(start, clock.instant());
      if (reasons.isEmpty()) {
        return new CooldownResult(snapshot, waited.toSeconds());
      }
      if (waited.compareTo(limit) >= 0) {
        throw new CooldownTimeoutException(
            configId, waited.toSeconds(), settings.maxWaitSeconds(), String.join(", ", reasons));
      }
      // The last sleep is cut to what is left, so the wait never passes max_wait_seconds.
      Duration left = limit.minus(waited);
      sleeper.sleep(step.compareTo(left) <= 0 ? step : left);
    }
  }

  /** Why the node is not idle; empty when it is. */
  List<String> reasons(NodeUsage baseline, NodeUsage now, Map<String, Integer> replicas) {
    List<String> reasons = new ArrayList<>();
    check("cpu", baseline.cpu(), now.cpu(), HumanUnits::percent, reasons);
    check("ram", baseline.ram(), now.ram(), HumanUnits::bytes, reasons);
    check("power", baseline.power(), now.power(), HumanUnits::microwatts, reasons);
    replicas.forEach(
        (function, count) -> {
          if (count >= 2) {
            reasons.add(function + " has " + count + " replicas (idle is < 2)");
          }
        });
    return reasons;
  }

  /**
   * The idle limit is baseline + |baseline| × idle_threshold_pct / 100: baseline × (1 + pct/100)
   * for a positive baseline, as compat §8 has it, and above a negative or zero one too, so a metric
   * that stays at its baseline always passes (baseline × 2 lay below a negative one). A baseline
   * that is not a finite number says nothing and counts as within, as NaN does. A reason shows the
   * numbers rounded, in their unit, with where the limit comes from.
   */
  private void check(
      String what, double baseline, double now, DoubleFunction<String> unit, List<String> reasons) {
    if (!Double.isFinite(baseline) || Double.isNaN(now)) {
      return;
    }
    double pct = settings.idleThresholdPct();
    double limit = baseline + Math.abs(baseline) * pct / 100;
    if (now > limit) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "%s %s > limit %s (idle baseline %s + cooldown.idle_threshold_pct %s %%)",
              what,
              unit.apply(now),
              unit.apply(limit),
              unit.apply(baseline),
              BigDecimal.valueOf(pct).stripTrailingZeros().toPlainString()));
    }
  }
}
