package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dashboard} as a person watching it sees it: the jar's command serving a folder that a
 * sandbox campaign (the jar's {@code run}, a process of its own) writes, read by a real headless
 * Chromium that keeps the one page open throughout. The counters and the overload map change
 * without a reload, stopping the campaign shows "stopped", resuming it "running" again.
 */
@Requires(Tool.CHROMIUM)
class DashboardIT {

  private static final Duration WITHIN = Duration.ofSeconds(90);
  private static final Pattern URL = Pattern.compile("at (http://\\S+)");

  @TempDir Path dir;

  @Test
  void thePageFollowsACampaignThroughItsStopAndResumeWithoutReloading() throws Exception {
    Files.writeString(dir.resolve("campaign.yaml"), CONFIG);
    Process dashboard = dashboard("out");
    Process campaign = null;
    try (HeadlessPage page = HeadlessPage.open(url(dashboard), dir, 1280, 2000)) {
      page.await("document.getElementById('state').textContent", is("waiting"), WITHIN);
      page.evaluate("window.keptAcrossUpdates = 'the same page'");

      campaign = CampaignProcess.run(dir, "campaign.yaml");
      page.await("document.getElementById('state').textContent", is("running"), WITHIN);
      int rows = page.await(ROWS, n -> n.asInt() >= 1, WITHIN).asInt();
      page.await(ROWS, n -> n.asInt() >= rows + 2, WITHIN);
      String map = page.await(PAIR_MAP, JsonNode::isTextual, WITHIN).asText();
      page.await(PAIR_MAP, src -> !src.asText().equals(map), WITHIN);
      assertThat(page.evaluate(MEASURED).asInt()).isGreaterThanOrEqualTo(rows + 2);
      assertThat(page.evaluate("document.getElementById('runId').textContent").asText())
          .startsWith("run-");
      assertThat(page.evaluate(PHASE).asText())
          .isIn("cooldown", "warm-up", "load", "metrics", "waiting");
      Path shot = Path.of("target", "dashboard-screenshot.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, page.screenshot());

      stop(campaign);
      page.await("document.getElementById('state').textContent", is("stopped"), WITHIN);
      assertThat(page.evaluate("document.getElementById('stateWhy').textContent").asText())
          .contains("stopped");

      campaign = CampaignProcess.run(dir, "campaign.yaml");
      page.await("document.getElementById('state').textContent", is("running"), WITHIN);
      int resumedFrom = page.evaluate(ROWS).asInt();
      page.await(ROWS, n -> n.asInt() > resumedFrom, WITHIN);

      assertThat(page.evaluate("window.keptAcrossUpdates").asText())
          .as("no reload: what the page held at the start is still there")
          .isEqualTo("the same page");
      assertThat(page.evaluate("window.dashboardEvents").asInt()).isGreaterThan(3);
    } finally {
      if (campaign != null) {
        stop(campaign);
      }
      dashboard.destroy();
      dashboard.waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(Files.readString(dir.resolve("out/status.json"))).contains("\"ended\" : \"stopped");
  }

  @Test
  void runWithDashboardServesTheLivePageOfItsOwnFolder() throws Exception {
    Files.writeString(dir.resolve("campaign.yaml"), CONFIG);
    Process campaign = jar("run.log", "run", "-c", "campaign.yaml", "--dashboard", "0");
    try {
      URI page = url(campaign, "run.log");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<Stream<String>> events =
          http.send(
              HttpRequest.newBuilder(page.resolve("/events")).timeout(WITHIN).build(),
              HttpResponse.BodyHandlers.ofLines());
      String running =
          events
              .body()
              .filter(line -> line.contains("\"state\":\"running\"") && line.contains("\"phase\""))
              .findFirst()
              .orElseThrow();
      assertThat(running).contains("\"runId\":\"run-");
    } finally {
      stop(campaign);
    }
  }

  private static final String ROWS = "Number(document.getElementById('rows').textContent)";
  private static final String MEASURED =
      "Number(document.getElementById('t-measured').textContent)";
  private static final String PAIR_MAP =
      "(document.querySelector('img[data-name^=\"pair-\"]') || {}).src || null";
  private static final String PHASE =
      "document.querySelector('#targets tbody tr td:nth-child(2)').textContent";

  private static final String CONFIG =
      """
      load_generator: builtin
      platform: sandbox
      metrics_source: sandbox
      output_dir: out
      functions:
        - name: figlet
          method: POST
          body: "Hello"
        - name: env
      rate_strategy:
        type: custom
        rates: [5, 10, 15, 20, 25, 30]
      combinations:
        min_functions: 1
        max_functions: 3
      duration: 2s
      iterations: 1
      cooldown:
        max_wait_seconds: 5
        sleep_step_seconds: 1
        idle_threshold_pct: 100
      overload:
        cpu_overload_pct_of_capacity: 100
        ram_overload_pct: 100
        success_rate_node_min: 0.5
        success_rate_function_min: 0.5
        replicas_overload_threshold: 50
      """;

  private static Predicate<JsonNode> is(String text) {
    return node -> node.asText().equals(text);
  }

  /** {@code dashboard DIR --port 0} from the jar, its output in {@code dashboard.log}. */
  private Process dashboard(String folder) throws IOException {
    return jar("dashboard.log", "dashboard", folder, "--port", "0");
  }

  /** The jar's command {@code arguments}, its output in {@code log}. */
  private Process jar(String log, String... arguments) throws IOException {
    Path jar = Path.of("target", "dfaas-sampler.jar").toAbsolutePath();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(log).toFile())
        .start();
  }

  private URI url(Process dashboard) throws Exception {
    return url(dashboard, "dashboard.log");
  }

  /** The page's address, as the process printed it into {@code logName}. */
  private URI url(Process process, String logName) throws Exception {
    Instant deadline = Instant.now().plus(WITHIN);
    Path log = dir.resolve(logName);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      Matcher found = URL.matcher(Files.readString(log));
      if (found.find()) {
        return URI.create(found.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the dashboard printed no address: " + Files.readString(log));
  }

  /** Ctrl-C's twin: SIGTERM, which the campaign takes as a resumable stop. */
  private static void stop(Process campaign) throws InterruptedException {
    campaign.destroy();
    if (!campaign.waitFor(60, TimeUnit.SECONDS)) {
      campaign.destroyForcibly();
      throw new AssertionError("the campaign did not stop within 60 s of SIGTERM");
    }
  }
}
