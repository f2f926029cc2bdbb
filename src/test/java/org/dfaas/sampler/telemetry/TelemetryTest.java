package org.dfaas.sampler.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.RecordingServer;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.config.TelemetrySettings;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Grafana annotations and Loki pushes against in-process servers that record what they get. */
class TelemetryTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RunIdentity IDENTITY = new RunIdentity("run-42", "edge-1", 1, 1);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
  private static final Configuration CONFIG =
      Configuration.of(new RatePair("figlet", 10), new RatePair("env", 20));
  private static final PlanPosition POSITION = new PlanPosition(4, 40, 2);
  private static final Telemetry.Timing QUICK =
      new Telemetry.Timing(Duration.ofMillis(500), Duration.ofSeconds(2));
  private static final String KEY = "glsa_s3cr3t_k3y";
  private static final Logger CAMPAIGN_LOG =
      LoggerFactory.getLogger("org.dfaas.sampler.campaign.X");

  private static TelemetrySettings grafana(String url) {
    return new TelemetrySettings(
        null, null, new TelemetrySettings.Grafana(true, url, KEY, 3), TelemetrySettings.Loki.UNSET);
  }

  private static TelemetrySettings loki(String endpoint) {
    return new TelemetrySettings(
        null,
        null,
        TelemetrySettings.Grafana.UNSET,
        new TelemetrySettings.Loki(true, endpoint, Map.of("lab", "edge")));
  }

  private static void campaignOf(CampaignListener listener) {
    listener.campaignStarted(40, 2);
    listener.iterationStarted(POSITION, CONFIG, 1);
    listener.iterationFinished(POSITION, CONFIG, 1, false);
    listener.iterationStarted(POSITION, CONFIG, 2);
    listener.iterationFinished(POSITION, CONFIG, 2, true);
    listener.configurationFailed(POSITION, CONFIG, new IllegalStateException("k6 failed: exit 99"));
    listener.campaignFinished(outcome());
  }

  private static org.dfaas.sampler.campaign.CampaignOutcome outcome() {
    return new org.dfaas.sampler.campaign.CampaignOutcome(
        40,
        1,
        0,
        0,
        1,
        1,
        Duration.ofSeconds(9),
        java.nio.file.Path.of("out"),
        null,
        1,
        false,
        false,
        0,
        null,
        null);
  }

  private static List<JsonNode> bodies(RecordingServer server) throws IOException {
    List<JsonNode> bodies = new ArrayList<>();
    for (RecordingServer.Received r : server.received()) {
      bodies.add(JSON.readTree(r.body()));
    }
    return bodies;
  }

  private static List<String> tags(JsonNode annotation) {
    List<String> tags = new ArrayList<>();
    annotation.get("tags").forEach(tag -> tags.add(tag.asText()));
    return tags;
  }

  @Test
  void annotatesStartEachConfigurationEachOverloadEachFailureAndEndWithTheirTags()
      throws Exception {
    try (RecordingServer grafana = RecordingServer.answering(200)) {
      try (Telemetry telemetry =
          Telemetry.start(
              grafana(grafana.url() + "/grafana/"),
              Map.of(),
              IDENTITY,
              ConfigIdHash.SHA1,
              CLOCK,
              QUICK)) {
        campaignOf(telemetry.listener());
      }

      assertThat(grafana.received())
          .hasSize(5)
          .allSatisfy(
              r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path()).isEqualTo("/grafana/api/annotations");
                assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
                assertThat(r.header("X-Grafana-Org-Id")).isEqualTo("3");
                assertThat(r.header("Content-Type")).isEqualTo("application/json");
              });
      List<JsonNode> annotations = bodies(grafana);
      assertThat(annotations)
          .allSatisfy(a -> assertThat(a.get("time").asLong()).isEqualTo(CLOCK.millis()));
      String run = "run_id:run-42";
      assertThat(tags(annotations.get(0)))
          .containsExactly(run, "workload:dfaas", "host:edge-1", "event:run_start");
      assertThat(tags(annotations.get(1)))
          .containsExactly(
              run,
              "workload:dfaas",
              "host:edge-1",
              "event:configuration",
              "config_id:9119962e05b1");
      assertThat(tags(annotations.get(2)))
          .containsExactly(
              run,
              "workload:dfaas",
              "host:edge-1",
              "event:overloaded",
              "config_id:9119962e05b1",
              "iteration:2");
      assertThat(tags(annotations.get(3))).contains("event:failure", "config_id:9119962e05b1");
      assertThat(annotations.get(3).get("text").asText()).contains("k6 failed: exit 99");
      assertThat(tags(annotations.get(4))).contains("event:run_end");
    }
  }

  @Test
  void tagsTheConfigIdOfTheFoldersHash() throws Exception {
    try (RecordingServer grafana = RecordingServer.answering(200)) {
      try (Telemetry telemetry =
          Telemetry.start(
              grafana(grafana.url()), Map.of(), IDENTITY, ConfigIdHash.SHA256, CLOCK, QUICK)) {
        telemetry.listener().iterationStarted(POSITION, CONFIG, 1);
      }
      assertThat(tags(bodies(grafana).get(0))).contains("config_id:7a336d52f773");
    }
  }

  @Test
  void takesWhatTheConfigLeavesUnsetFromTheEnvironment() throws Exception {
    try (RecordingServer grafana = RecordingServer.answering(200)) {
      Map<String, String> env =
          Map.of(
              "LB_GRAFANA_ENABLED",
              "true",
              "LB_GRAFANA_URL",
              grafana.url(),
              "LB_GRAFANA_API_KEY",
              KEY,
              "LB_GRAFANA_ORG_ID",
              "7");
      try (Telemetry telemetry =
          Telemetry.start(TelemetrySettings.NONE, env, IDENTITY, ConfigIdHash.SHA1, CLOCK, QUICK)) {
        telemetry.listener().campaignStarted(1, 1);
      }
      assertThat(grafana.received())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
                assertThat(r.header("X-Grafana-Org-Id")).isEqualTo("7");
              });
    }
  }

  @Test
  void aRefusedKeyIsLoggedWithoutTheKey() throws Exception {
    try (RecordingServer grafana = RecordingServer.answering(401);
        LogCapture log = new LogCapture(AsyncSender.class)) {
      try (Telemetry telemetry =
          Telemetry.start(
              grafana(grafana.url()), Map.of(), IDENTITY, ConfigIdHash.SHA1, CLOCK, QUICK)) {
        campaignOf(telemetry.listener());
      }
      assertThat(log.lines())
          .anySatisfy(
              line -> assertThat(line).startsWith("WARN Grafana annotations").contains("HTTP 401"))
          .noneSatisfy(line -> assertThat(line).contains(KEY));
    }
  }

  @Test
  void aStalledOrDownServerNeitherBlocksNorFailsTheCaller() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (RecordingServer stalled = RecordingServer.stalling();
        LogCapture log = new LogCapture(AsyncSender.class)) {
      TelemetrySettings both =
          new TelemetrySettings(
              null,
              null,
              new TelemetrySettings.Grafana(true, stalled.url(), KEY, null),
              new TelemetrySettings.Loki(
                  true, "http://127.0.0.1:" + closedPort + "/push", Map.of()));
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () -> {
            try (Telemetry telemetry =
                Telemetry.start(both, Map.of(), IDENTITY, ConfigIdHash.SHA1, CLOCK, QUICK)) {
              for (int i = 0; i < 5_000; i++) {
                campaignOf(telemetry.listener());
                CAMPAIGN_LOG.info("line {}", i);
              }
            }
          },
          "a campaign waits for neither Grafana nor Loki");
      assertThat(stalled.received()).isNotEmpty();
      assertThat(log.lines())
          .anySatisfy(line -> assertThat(line).startsWith("WARN Grafana annotations"))
          .anySatisfy(line -> assertThat(line).startsWith("WARN Loki push"))
          .noneSatisfy(line -> assertThat(line).contains(KEY));
    }
  }

  @Test
  void pushesTheCampaignsLogLinesInBatchesWithTheStreamLabels() throws Exception {
    try (RecordingServer loki = RecordingServer.answering(204)) {
      try (Telemetry telemetry =
          Telemetry.start(
              loki(loki.url() + "/loki/api/v1/push"),
              Map.of(),
              IDENTITY,
              ConfigIdHash.SHA1,
              CLOCK,
              QUICK)) {
        assertThat(telemetry.listener()).isSameAs(CampaignListener.NONE);
        for (int i = 0; i < 450; i++) {
          CAMPAIGN_LOG.info("DFaaS config {}/450", i + 1);
        }
        CAMPAIGN_LOG.info("gateway at http://admin:pa55w0rd@node:31112 answers");
        CAMPAIGN_LOG.debug("not at INFO: not pushed");
        LoggerFactory.getLogger(AsyncSender.class).info("the pushes' own lines: not pushed");
      }

      List<String> lines = new ArrayList<>();
      for (RecordingServer.Received push : loki.received()) {
        assertThat(push.path()).isEqualTo("/loki/api/v1/push");
        JsonNode streams = JSON.readTree(push.body()).get("streams");
        assertThat(streams).hasSize(1);
        JsonNode labels = streams.get(0).get("stream");
        assertThat(
                JSON.convertValue(
                    labels,
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {}))
            .isEqualTo(
                Map.of(
                    "component", "dfaas-sampler",
                    "host", "edge-1",
                    "run_id", "run-42",
                    "workload", "dfaas",
                    "lab", "edge"));
        streams
            .get(0)
            .get("values")
            .forEach(
                value -> {
                  assertThat(value.get(0).asText()).matches("[0-9]{19}");
                  lines.add(value.get(1).asText());
                });
      }
      assertThat(loki.received().size()).as("batched").isBetween(3, 20);
      assertThat(lines.stream().filter(l -> l.startsWith("INFO DFaaS config ")).toList())
          .hasSize(450)
          .startsWith("INFO DFaaS config 1/450")
          .endsWith("INFO DFaaS config 450/450");
      assertThat(lines).noneMatch(l -> l.contains("not pushed"));
      assertThat(lines)
          .contains("INFO gateway at http://***@node:31112 answers")
          .noneMatch(l -> l.contains("pa55w0rd"));
    }
  }
}
