package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.LoadedConfig;
import org.dfaas.sampler.config.SamplerConfig;
import org.junit.jupiter.api.Test;

/** Which configs only widen a recorded campaign, and which change what its rows mean. */
class CampaignConfigChangeTest {

  private static final String BASE =
      """
      functions: [{name: a}, {name: b, method: POST, max_rate: 20}]
      rate_strategy: {type: custom, rates: [10, 20]}
      combinations: {min_functions: 1, max_functions: 2}
      duration: 30s
      iterations: 2
      """;

  private static SamplerConfig load(String yaml) {
    return new ConfigLoader(Path.of("/home/t"), () -> 7L).load("c.yaml", yaml, List.of()).config();
  }

  /** The change from BASE to {@code yaml}, through campaign.yaml's text as a resume reads it. */
  private static CampaignConfigChange change(String yaml) {
    return change(BASE, yaml);
  }

  private static CampaignConfigChange change(String recorded, String yaml) {
    SamplerConfig current = load(yaml);
    return CampaignConfigRecord.change(
        CampaignConfigRecord.text(load(recorded)), current, CampaignConfigRecord.text(current));
  }

  @Test
  void theSameConfigChangesNothing() {
    assertThat(change(BASE).same()).isTrue();
  }

  @Test
  void theSameRatesWrittenAnotherWayChangeNothing() {
    CampaignConfigChange change =
        change(
            BASE.replace(
                "{type: custom, rates: [10, 20]}",
                "{type: linear, min_rate: 10, max_rate: 20, step: 10}"));

    assertThat(change.same()).as(change.toString()).isTrue();
  }

  @Test
  void aRateAddedWidens() {
    CampaignConfigChange change = change(BASE.replace("[10, 20]", "[5, 10, 20, 30]"));

    assertThat(change.widensOnly()).isTrue();
    assertThat(change.widenings()).containsExactly("rates 5, 30 added");
  }

  @Test
  void aRateRemovedIsNoWideningEvenWithAnotherAdded() {
    CampaignConfigChange change = change(BASE.replace("[10, 20]", "[10, 30]"));

    assertThat(change.widensOnly()).isFalse();
    assertThat(change.differences())
        .containsExactly("rate_strategy: rate 20 removed (was 10, 20, now 10, 30)");
    assertThat(change.widenings()).containsExactly("rate 30 added");
  }

  @Test
  void aRateNoFunctionWasMeasuredAtMayGo() {
    String capped = BASE.replace("{name: a}", "{name: a, max_rate: 10}").replace("20]", "20, 40]");

    CampaignConfigChange change = change(capped, capped.replace(", 40]", "]"));

    assertThat(change.same()).as(change.toString()).isTrue();
  }

  @Test
  void iterationsRaisedWidenAndLoweredChange() {
    assertThat(change(BASE.replace("iterations: 2", "iterations: 5")).widenings())
        .singleElement()
        .asString()
        .startsWith("iterations raised from 2 to 5");
    assertThat(change(BASE.replace("iterations: 2", "iterations: 1")).differences())
        .singleElement()
        .asString()
        .startsWith("iterations (was 2, now 1");
  }

  @Test
  void aFunctionAddedWidensRemovedOrReplacedChanges() {
    assertThat(change(BASE.replace("{name: a}, ", "{name: a}, {name: c}, ")).widenings())
        .containsExactly("function c added");

    CampaignConfigChange replaced = change(BASE.replace("{name: a}", "{name: c}"));

    assertThat(replaced.widensOnly()).isFalse();
    assertThat(replaced.differences()).containsExactly("functions: a removed");
    assertThat(replaced.widenings()).containsExactly("function c added");
  }

  @Test
  void howAFunctionIsCalledIsPartOfWhatItsRowsMean() {
    CampaignConfigChange change = change(BASE.replace("method: POST", "method: GET"));

    assertThat(change.differences()).containsExactly("functions[b].method (was POST, now GET)");
  }

  @Test
  void aCapRaisedOrLiftedWidensOneThatCutsARateChanges() {
    String wide = BASE.replace("[10, 20]", "[10, 20, 30]").replace("max_rate: 20", "max_rate: 10");

    assertThat(change(wide, wide.replace("max_rate: 10", "max_rate: 30")).widenings())
        .containsExactly("b's max_rate raised from 10 to 30");
    assertThat(change(wide, wide.replace(", max_rate: 10", "")).widenings())
        .containsExactly("b's max_rate lifted (was 10)");
    assertThat(change(wide.replace("max_rate: 10", "max_rate: 30"), wide).differences())
        .containsExactly("functions[b].max_rate (was 30, now 10)");
    assertThat(change(wide, wide.replace("max_rate: 10", "max_rate: 15")).same())
        .as("no rate of the strategy between 10 and 15")
        .isTrue();
  }

  @Test
  void largerCombinationsWidenSmallerOnesChange() {
    String pairs = BASE.replace("max_functions: 2", "max_functions: 3");

    assertThat(change(pairs).widenings()).containsExactly("combinations of 2 functions added");
    assertThat(change(pairs, BASE).differences())
        .singleElement()
        .asString()
        .startsWith("combinations (was 1 ≤ size < 3, now 1 ≤ size < 2)");
    assertThat(change(pairs, pairs.replace("max_functions: 3", "max_functions: 9")).same())
        .as("no configuration of more than the two functions")
        .isTrue();
  }

  @Test
  void keysThatChangeWhatARowMeansStayDifferences() {
    CampaignConfigChange change =
        change(
            BASE.replace("30s", "10s").replace("[10, 20]", "[10, 20, 30]")
                + "overload: {replicas_overload_threshold: 5}\n");

    assertThat(change.differences())
        .containsExactly(
            "duration (was 30s, now 10s)", "overload.replicas_overload_threshold (was 15, now 5)");
    assertThat(change.widensOnly()).isFalse();
  }

  @Test
  void eachWideningJoinsTheHistoryWhichLoadsAsAConfigWithoutAWarning() {
    String first =
        CampaignConfigRecord.widened(
            CampaignConfigRecord.text(load(BASE)),
            CampaignConfigRecord.text(load(BASE.replace("20]", "20, 30]"))),
            List.of("rate 30 added"),
            Instant.parse("2026-12-07T08:00:00.123Z"));
    String second =
        CampaignConfigRecord.widened(
            first,
            CampaignConfigRecord.text(load(BASE.replace("20]", "20, 30, 40]"))),
            List.of("rate 40 added"),
            Instant.parse("2026-12-08T09:00:00Z"));

    assertThat(second)
        .contains(
            """
            history:
            - widened_at: 2026-12-07T08:00:00Z
              widened:
              - rate 30 added
            - widened_at: 2026-12-08T09:00:00Z
              widened:
              - rate 40 added
            """);
    LoadedConfig loaded =
        new ConfigLoader(Path.of("/home/t"), () -> 7L).load("campaign.yaml", second, List.of());
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.config().rateStrategy().rates()).containsExactly(10, 20, 30, 40);
    assertThat(change(BASE.replace("20]", "20, 30, 40]")).widenings())
        .as("the history is no data key")
        .containsExactly("rates 30, 40 added");
  }
}
