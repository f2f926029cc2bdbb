package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.RecordingServer;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.ConfigOverride;
import org.dfaas.sampler.config.SamplerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign (the quickstart on the sandbox, two short configurations) with Grafana and Loki
 * enabled, against in-process servers that record what they receive, or stall, or are down.
 */
class TelemetryIT {

  private static final String KEY = "glsa_campaign_k3y";

  @TempDir Path work;

  private CampaignResult campaign(String grafanaUrl, String lokiUrl) {
    SamplerConfig config =
        new ConfigLoader()
            .load(
                Path.of("examples/quickstart.yaml").toAbsolutePath(),
                List.of(
                    ConfigOverride.parse("duration=1s"),
                    ConfigOverride.parse("run_id=tel-run"),
                    ConfigOverride.parse("warmup.duration=0s"),
                    ConfigOverride.parse("grafana.enabled=true"),
                    ConfigOverride.parse("grafana.url=" + grafanaUrl),
                    ConfigOverride.parse("loki.enabled=true"),
                    ConfigOverride.parse("loki.endpoint=" + lokiUrl),
                    ConfigOverride.parse("loki.labels.lab=it")))
            .config();
    SamplerEnvironment environment =
        new SamplerEnvironment(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter(), true),
            Map.of("LB_RUN_HOST", "tel", "LB_GRAFANA_API_KEY", KEY),
            work);
    try (SamplerRuntime runtime = SamplerRuntime.open(config, environment)) {
      return runtime.campaign(new CampaignRequest(Path.of("out"), 2, CampaignListener.NONE));
    }
  }

  @Test
  void annotatesGrafanaAndPushesTheLogToLokiWhileTheCampaignRuns() throws Exception {
    try (RecordingServer grafana = RecordingServer.answering(200);
        RecordingServer loki = RecordingServer.answering(204)) {
      CampaignResult result = campaign(grafana.url(), loki.url() + "/loki/api/v1/push");

      assertThat(result.outcome().ran()).isEqualTo(2);
      assertThat(grafana.received())
          .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY))
          .anySatisfy(r -> assertThat(r.body()).contains("event:run_start", "run_id:tel-run"))
          .anySatisfy(r -> assertThat(r.body()).contains("event:configuration", "config_id:"))
          .anySatisfy(r -> assertThat(r.body()).contains("event:run_end", "host:tel"));
      assertThat(loki.received())
          .isNotEmpty()
          .allSatisfy(
              r ->
                  assertThat(r.body())
                      .contains("\"run_id\":\"tel-run\"", "\"host\":\"tel\"", "\"lab\":\"it\""));
      assertThat(String.join("\n", loki.received().stream().map(r -> r.body()).toList()))
          .contains("DFaaS config 1/");
      assertThat(Files.readString(result.logFile())).doesNotContain(KEY);
    }
  }

  @Test
  void aStalledGrafanaAndADownLokiLeaveTheCampaignAsItWouldBe() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (RecordingServer grafana = RecordingServer.stalling()) {
      CampaignResult result = campaign(grafana.url(), "http://127.0.0.1:" + closedPort + "/push");

      assertThat(result.outcome().ran()).isEqualTo(2);
      assertThat(result.outcome().stopReason()).isEqualTo("--max-configs 2 reached");
      assertThat(Files.readAllLines(work.resolve("out/results.csv"))).hasSize(3);
      String log = Files.readString(result.logFile());
      assertThat(log).contains("Grafana annotations", "Loki push").doesNotContain(KEY);
    }
  }
}
