package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.FakeTime;
import org.dfaas.sampler.config.CooldownSettings;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.platform.FaasPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cooldown of compat §8 with a fake clock: every rule at its boundary. */
class CooldownManagerTest {

  private static final NodeUsage BASELINE = new NodeUsage(100, 1000, 10, 50);
  private static final CooldownSettings SETTINGS = new CooldownSettings(20, 5, 10);
  private final FakeTime time = new FakeTime();

  /** Hands out the given snapshots in turn, the last one forever. */
  private static java.util.function.Supplier<NodeUsage> snapshots(NodeUsage... usages) {
    Deque<NodeUsage> queue = new ArrayDeque<>(List.of(usages));
    return () -> queue.size() > 1 ? queue.poll() : queue.peek();
  }

  private static FaasPlatform replicas(int count) {
    return names -> {
      Map<String, Integer> map = new LinkedHashMap<>();
      names.forEach(n -> map.put(n, count));
      return map;
    };
  }

  private CooldownManager manager(
      java.util.function.Supplier<NodeUsage> snapshots, FaasPlatform p) {
    return new CooldownManager(SETTINGS, snapshots, p, time, time);
  }

  @Test
  void anIdleNodeRightAwayWaitsNothing() throws Exception {
    NodeUsage now = new NodeUsage(110, 1100, 99, 55);

    CooldownResult result =
        manager(snapshots(now), replicas(1)).awaitIdle("abc", BASELINE, List.of("figlet"));

    assertThat(result).isEqualTo(new CooldownResult(now, 0));
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "baseline {0}, now {1}: idle {2}")
  @CsvSource({
    "-5, -5, true",
    "-5, -4.6, true",
    "-5, -4.4, false",
    "0, 0, true",
    "0, 0.1, false",
    "100, 110, true",
    "100, 110.5, false",
    "-5, Infinity, false",
    "Infinity, 5, true",
    "-Infinity, 5, true",
    "NaN, 5, true"
  })
  void theIdleLimitLiesAboveAnyBaselineNegativeAndZeroIncluded(
      double baseline, double now, boolean idle) {
    CooldownManager manager = manager(snapshots(BASELINE), replicas(0));

    List<String> reasons =
        manager.reasons(
            new NodeUsage(baseline, 1000, 10, 50), new NodeUsage(now, 1000, 10, 50), Map.of());

    assertThat(reasons.isEmpty()).as(reasons.toString()).isEqualTo(idle);
  }

  @Test
  void aConstantNegativeMetricPassesTheWait() throws Exception {
    NodeUsage negative = new NodeUsage(-3, -1000, 10, -50);

    CooldownResult result =
        manager(snapshots(negative), replicas(0)).awaitIdle("abc", negative, List.of("figlet"));

    assertThat(result.restSeconds()).isZero();
  }

  @Test
  void retriesEverySleepStepUntilIdleAndReportsTheSecondsWaited() throws Exception {
    NodeUsage busy = new NodeUsage(300, 1000, 10, 50);
    NodeUsage idle = new NodeUsage(90, 900, 9, 40);

    CooldownResult result =
        manager(snapshots(busy, busy, idle), replicas(0)).awaitIdle("abc", BASELINE, List.of());

    assertThat(result).isEqualTo(new CooldownResult(idle, 10));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void waitsForReplicasBelowTwo() throws Exception {
    int[] counts = {2, 2, 1};
    int[] call = {0};
    FaasPlatform platform = names -> Map.of("figlet", counts[Math.min(call[0]++, 2)]);

    CooldownResult result =
        manager(snapshots(BASELINE), platform).awaitIdle("abc", BASELINE, List.of("figlet"));

    assertThat(result.restSeconds()).isEqualTo(10);
  }

  @Test
  void timesOutNamingConfigSecondsWaitedAndLimit() {
    NodeUsage busy = new NodeUsage(111, 1000, 10, 50);

    assertThatThrownBy(
            () -> manager(snapshots(busy), replicas(3)).awaitIdle("cfg123", BASELINE, List.of("f")))
        .isInstanceOf(CooldownTimeoutException.class)
        .hasMessageContaining("config cfg123")
        .hasMessageContaining("after 0 m 20 s")
        .hasMessageContaining("cooldown.max_wait_seconds = 20")
        .hasMessageContaining(
            "cpu 111.0 % > limit 110.0 % (idle baseline 100.0 % + cooldown.idle_threshold_pct 10 %)")
        .hasMessageContaining("f has 3 replicas");
    // Looks at 0, 5, 10, 15 and 20 s: the last look is at the limit.
    assertThat(time.sleeps()).hasSize(4);
  }

  @Test
  void theLastSleepIsCutToWhatIsLeftSoTheWaitNeverPassesTheLimit() {
    CooldownManager manager =
        new CooldownManager(
            new CooldownSettings(12, 5, 10),
            snapshots(new NodeUsage(999, 0, 0, 0)),
            replicas(0),
            time,
            time);

    assertThatThrownBy(() -> manager.awaitIdle("x", BASELINE, List.of()))
        .hasMessageContaining("after 0 m 12 s");
    assertThat(time.sleeps())
        .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
  }

  @Test
  void aNodeIdleAfterTheCutSleepRestsWholeSecondsUpToTheLimit() throws Exception {
    NodeUsage busy = new NodeUsage(300, 1000, 10, 50);
    CooldownManager manager =
        new CooldownManager(
            new CooldownSettings(7, 5, 10),
            snapshots(busy, busy, BASELINE),
            replicas(0),
            time,
            time);

    CooldownResult result = manager.awaitIdle("x", BASELINE, List.of());

    assertThat(result.restSeconds()).isEqualTo(7);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(2));
  }

  @Test
  void aZeroLimitLooksOnce() {
    CooldownManager manager =
        new CooldownManager(
            new CooldownSettings(0, 5, 10),
            snapshots(new NodeUsage(999, 0, 0, 0)),
            replicas(0),
            time,
            time);

    assertThatThrownBy(() -> manager.awaitIdle("x", BASELINE, List.of()))
        .hasMessageContaining("after 0 m 00 s");
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "cpu at the limit is idle, 110, 1100, 55, true",
    "cpu above the limit, 110.001, 1100, 55, false",
    "ram at the limit is idle, 110, 1100, 55, true",
    "ram above the limit, 110, 1100.01, 55, false",
    "power above the limit, 110, 1100, 55.01, false",
    "NaN cpu counts as within, NaN, 1100, 55, true",
    "NaN power counts as within, 110, 1100, NaN, true"
  })
  void eachValueIsIdleUpToTheThreshold(
      String name, double cpu, double ram, double power, boolean idle) {
    CooldownManager manager = manager(snapshots(BASELINE), replicas(0));

    List<String> reasons =
        manager.reasons(BASELINE, new NodeUsage(cpu, ram, 99, power), Map.of("f", 1));

    assertThat(reasons.isEmpty()).as(reasons.toString()).isEqualTo(idle);
  }

  @Test
  void aNanBaselineCountsAsWithin() {
    CooldownManager manager = manager(snapshots(BASELINE), replicas(0));

    assertThat(manager.reasons(NodeUsage.UNKNOWN, new NodeUsage(1e9, 1e12, 100, 1e6), Map.of()))
        .isEmpty();
  }

  @Test
  void twoReplicasAreNotIdleOneIs() {
    CooldownManager manager = manager(snapshots(BASELINE), replicas(0));

    assertThat(manager.reasons(BASELINE, BASELINE, Map.of("f", 1))).isEmpty();
    assertThat(manager.reasons(BASELINE, BASELINE, Map.of("f", 2))).hasSize(1);
  }
}
