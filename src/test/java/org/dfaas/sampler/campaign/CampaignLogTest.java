package org.dfaas.sampler.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CampaignLogTest {

  private static final Configuration CONFIG =
      Configuration.of(new RatePair("figlet", 10), new RatePair("env", 20));
  private static final PlanPosition POSITION = new PlanPosition(4, 40, 3);
  private static final RunIdentity IDENTITY = new RunIdentity("run-1", "node-7", 1, 2);
  private static final Clock CLOCK =
      Clock.fixed(Instant.ofEpochMilli(1_764_210_000_250L), ZoneOffset.UTC);

  private final LogCapture captured = new LogCapture("dfaas.campaign");

  @AfterEach
  void release() {
    captured.close();
  }

  private List<String> lines() {
    return captured.messages();
  }

  @Test
  void logsEachIterationAsTheOldToolDid() {
    new CampaignLog(IDENTITY, null, CLOCK).iterationStarted(POSITION, CONFIG, 2);

    assertThat(lines())
        .containsExactly("DFaaS config 4/40 iter 2/3 (9119962e05b1): env=20, figlet=10");
  }

  @Test
  void logsOneLinePerIterationOfASkippedConfiguration() {
    new CampaignLog(IDENTITY, null, CLOCK)
        .configurationSkipped(POSITION, CONFIG, SkipReason.DOMINATED_BY_OVERLOAD);

    assertThat(lines())
        .containsExactly(
            "DFaaS config 4/40 iter 1/3 (9119962e05b1) skipped=dominated_by_overload: env=20, figlet=10",
            "DFaaS config 4/40 iter 2/3 (9119962e05b1) skipped=dominated_by_overload: env=20, figlet=10",
            "DFaaS config 4/40 iter 3/3 (9119962e05b1) skipped=dominated_by_overload: env=20, figlet=10");
  }

  @Test
  void printsEveryProgressLineAsAnEventWhenAskedTo() throws Exception {
    StringWriter out = new StringWriter();
    new CampaignLog(IDENTITY, new PrintWriter(out), CLOCK)
        .configurationSkipped(POSITION, CONFIG, SkipReason.ALREADY_INDEXED);

    List<String> events = out.toString().lines().toList();
    assertThat(events).hasSize(3).allMatch(line -> line.startsWith("LB_EVENT {\"run_id\": "));
    JsonNode event = new ObjectMapper().readTree(events.get(0).substring("LB_EVENT ".length()));
    assertThat(event.get("run_id").asText()).isEqualTo("run-1");
    assertThat(event.get("host").asText()).isEqualTo("node-7");
    assertThat(event.get("workload").asText()).isEqualTo("dfaas");
    assertThat(event.get("repetition").asInt()).isEqualTo(1);
    assertThat(event.get("total_repetitions").asInt()).isEqualTo(2);
    assertThat(event.get("status").asText()).isEqualTo("running");
    assertThat(event.get("message").asText())
        .isEqualTo(
            "DFaaS config 4/40 iter 1/3 (9119962e05b1) skipped=already_indexed: env=20, figlet=10");
    assertThat(event.get("timestamp").asDouble()).isEqualTo(1_764_210_000.25);
    assertThat(event.get("type").asText()).isEqualTo("log");
    assertThat(event.get("level").asText()).isEqualTo("INFO");
    assertThat(events.get(0)).contains("\"timestamp\": 1764210000.25,");
  }

  @Test
  void readsTheEventSwitchFromTheEnvironment() {
    assertThat(CampaignLog.eventsEnabled(Map.of("LB_ENABLE_EVENT_LOGGING", "1"))).isTrue();
    assertThat(CampaignLog.eventsEnabled(Map.of("LB_ENABLE_EVENT_LOGGING", "0"))).isFalse();
    assertThat(CampaignLog.eventsEnabled(Map.of())).isFalse();
  }
}
