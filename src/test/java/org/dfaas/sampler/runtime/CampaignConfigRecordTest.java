package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class CampaignConfigRecordTest {

  private static String printed(String yaml) {
    return CampaignConfigRecord.text(
        new ConfigLoader(Path.of("/home/t"), () -> 7L).load("c.yaml", yaml, List.of()).config());
  }

  private static final String BASE =
      """
      functions: [{name: a}, {name: b, method: POST}]
      rate_strategy: {type: custom, rates: [10, 20]}
      duration: 30s
      k6_host: 10.0.0.1
      """;

  @Test
  void credentialsWithWhitespaceNeverReachTheFile() {
    String text =
        printed(BASE + "k6_outputs: [\"influxdb=http://k6:0utput s3cret@influx:8086\"]\n");

    assertThat(text).contains("http://***@influx:8086").doesNotContain("s3cret");
  }

  @Test
  void theSameConfigDiffersInNothing() {
    assertThat(CampaignConfigRecord.differences(printed(BASE), printed(BASE))).isEmpty();
  }

  @Test
  void keysThatDoNotChangeTheDataMayDiffer() {
    String moved = BASE.replace("10.0.0.1", "10.0.0.2") + "cooldown: {max_wait_seconds: 5}\n";

    assertThat(CampaignConfigRecord.differences(printed(BASE), printed(moved))).isEmpty();
  }

  @Test
  void namesEveryDataKeyThatDiffersWithBothValues() {
    String changed =
        BASE.replace("30s", "10s").replace("method: POST", "method: GET").replace("20]", "30]")
            + "overload: {replicas_overload_threshold: 5}\nsearch: {mode: frontier}\n";

    assertThat(CampaignConfigRecord.differences(printed(BASE), printed(changed)))
        .contains(
            "functions[1].method (was POST, now GET)",
            "rate_strategy.rates[1] (was 20, now 30)",
            "duration (was 30s, now 10s)",
            "overload.replicas_overload_threshold (was 15, now 5)",
            "search.mode (was grid, now frontier)");
  }

  @Test
  void anAddedFunctionIsOneDifference() {
    String more = BASE.replace("{name: a}, ", "{name: a}, {name: c}, ");

    assertThat(CampaignConfigRecord.differences(printed(BASE), printed(more)))
        .singleElement()
        .asString()
        .startsWith("functions (was [");
  }

  @Test
  void theRecordNeverHoldsASecret() {
    assertThat(printed(BASE + "openfaas_password: s3cret\n")).doesNotContain("s3cret");
  }
}
