package org.dfaas.sampler.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.RecordingServer;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignLog;
import org.dfaas.sampler.campaign.IterationSummary;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.campaign.SkipReason;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.config.TelemetrySettings;
import org.dfaas.sampler.metrics.MetricQuery;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard shipped in the jar asks only for what the tool sends: every label of its
 * LogQL selectors is one the Loki pushes carry, every line filter matches a line the campaign
 * pushes, every annotation tag is one the annotations carry, and every PromQL is a bundled query.
 * What the tool sends is not copied here: a campaign's events go through the real {@link Telemetry}
 * and {@link CampaignLog} to recording servers, so a change on either side fails this test.
 */
class GrafanaDashboardTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SELECTOR = Pattern.compile("\\{([^{}]*)}\\s*(?=[|\\[)\\s]|$)");
  private static final Pattern MATCHER =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern LINE_FILTER =
      Pattern.compile("(\\|=|!=|\\|~|!~)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern LABEL_VALUES =
      Pattern.compile("label_values\\((.*),\\s*([A-Za-z_][A-Za-z0-9_]*)\\)");

  private static JsonNode dashboard;
  private static Map<String, String> streamLabels;
  private static Set<String> tags;
  private static List<String> pushedLines;

  @BeforeAll
  static void runACampaignThroughTheRealTelemetry() throws Exception {
    try (InputStream in = Telemetry.class.getResourceAsStream(Telemetry.GRAFANA_DASHBOARD)) {
      assertThat(in).as(Telemetry.GRAFANA_DASHBOARD + " in the jar").isNotNull();
      dashboard = JSON.readTree(in);
    }
    RunIdentity identity = new RunIdentity("run-7", "edge-1", 1, 1);
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
    try (RecordingServer grafana = RecordingServer.answering(200);
        RecordingServer loki = RecordingServer.answering(204)) {
      TelemetrySettings settings =
          new TelemetrySettings(
              null,
              null,
              new TelemetrySettings.Grafana(true, grafana.url(), null, null),
              new TelemetrySettings.Loki(true, loki.url() + "/loki/api/v1/push", Map.of()));
      try (Telemetry telemetry =
          Telemetry.start(
              settings,
              Map.of(),
              identity,
              ConfigIdHash.SHA1,
              clock,
              new Telemetry.Timing(Duration.ofSeconds(2), Duration.ofSeconds(3)))) {
        campaign(List.of(telemetry.listener(), new CampaignLog(identity, null, clock)));
      }
      tags = new LinkedHashSet<>();
      for (RecordingServer.Received annotation : grafana.received()) {
        JSON.readTree(annotation.body()).get("tags").forEach(tag -> tags.add(tag.asText()));
      }
      streamLabels = new java.util.LinkedHashMap<>();
      pushedLines = new ArrayList<>();
      for (RecordingServer.Received push : loki.received()) {
        JsonNode stream = JSON.readTree(push.body()).get("streams").get(0);
        streamLabels.putAll(
            JSON.convertValue(
                stream.get("stream"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {}));
        stream.get("values").forEach(value -> pushedLines.add(value.get(1).asText()));
      }
    }
    assertThat(tags).isNotEmpty();
    assertThat(pushedLines).isNotEmpty();
  }

  /**
   * Every event a campaign has: start, measured, overloaded, skipped, failed, warm-up failed, end.
   */
  private static void campaign(List<CampaignListener> listeners) {
    Configuration a = Configuration.of(new RatePair("figlet", 10));
    Configuration b = Configuration.of(new RatePair("figlet", 20));
    Configuration c = Configuration.of(new RatePair("figlet", 40));
    PlanPosition first = new PlanPosition(1, 3, 1);
    PlanPosition second = new PlanPosition(2, 3, 1);
    PlanPosition third = new PlanPosition(3, 3, 1);
    for (CampaignListener l : listeners) {
      l.campaignStarted(3, 1);
      l.warmUpFailed(a, new IllegalStateException("gateway said 502"));
      l.iterationStarted(first, a, 1);
      l.iterationMeasured(first, a, 1, new IterationSummary(1, 20, 12, 40, 30, List.of()));
      l.iterationFinished(first, a, 1, false);
      l.iterationStarted(second, b, 1);
      l.iterationMeasured(second, b, 1, new IterationSummary(0.8, 90, 40, 95, 35, List.of("cpu")));
      l.iterationFinished(second, b, 1, true);
      l.configurationSkipped(third, c, SkipReason.DOMINATED_BY_OVERLOAD);
      l.configurationFailed(first, a, new IllegalStateException("k6 exited 99"));
      l.campaignFinished(
          new org.dfaas.sampler.campaign.CampaignOutcome(
              3,
              2,
              1,
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
              null));
    }
  }

  @Test
  void everyLokiSelectorAsksForLabelsThePushesCarryWithTheValuesTheyHave() {
    List<String> queries = lokiQueries();
    assertThat(queries).hasSizeGreaterThan(5);
    for (String query : queries) {
      Matcher selector = SELECTOR.matcher(query);
      assertThat(selector.find()).as("a stream selector in %s", query).isTrue();
      do {
        Matcher matcher = MATCHER.matcher(selector.group(1));
        int matchers = 0;
        while (matcher.find()) {
          matchers++;
          String label = matcher.group(1);
          String value = matcher.group(3);
          assertThat(streamLabels).as("label of %s", query).containsKey(label);
          if (!value.contains("$")) {
            assertThat(value)
                .as("value of %s in %s", label, query)
                .isEqualTo(streamLabels.get(label));
          }
        }
        assertThat(matchers).as("matchers of %s", query).isPositive();
      } while (selector.find());
    }
  }

  @Test
  void everyLineFilterMatchesALineTheCampaignPushes() {
    int filters = 0;
    for (String query : lokiQueries()) {
      Matcher filter = LINE_FILTER.matcher(query);
      while (filter.find()) {
        String text = filter.group(2);
        if (text.contains("$")) {
          continue;
        }
        filters++;
        boolean regex = filter.group(1).endsWith("~");
        Pattern pattern = regex ? Pattern.compile(text) : null;
        assertThat(pushedLines)
            .as("a pushed line for %s %s", filter.group(1), text)
            .anySatisfy(
                line ->
                    assertThat(regex ? pattern.matcher(line).find() : line.contains(text))
                        .isTrue());
      }
    }
    assertThat(filters).isGreaterThanOrEqualTo(4);
  }

  @Test
  void everyAnnotationQueryAsksForTagsTheAnnotationsCarry() {
    Set<String> keys = new LinkedHashSet<>();
    tags.forEach(tag -> keys.add(tag.substring(0, tag.indexOf(':') + 1)));
    int queries = 0;
    for (JsonNode annotation : dashboard.path("annotations").path("list")) {
      JsonNode target = annotation.path("target");
      if (!"tags".equals(target.path("type").asText())) {
        continue;
      }
      queries++;
      assertThat(target.path("tags")).as(annotation.path("name").asText()).isNotEmpty();
      for (JsonNode tag : target.path("tags")) {
        String text = tag.asText();
        if (text.contains("$")) {
          assertThat(keys).contains(text.substring(0, text.indexOf(':') + 1));
        } else {
          assertThat(tags).as("tag of %s", annotation.path("name").asText()).contains(text);
        }
      }
    }
    assertThat(queries).isGreaterThanOrEqualTo(4);
  }

  @Test
  void everyPrometheusQueryIsOneTheCampaignRuns() {
    QueryCatalog bundled = QueryCatalog.bundled(false);
    List<String> rendered = new ArrayList<>();
    for (MetricQuery query : bundled.queries()) {
      rendered.add(query.render("$__rate_interval", "$function", ""));
    }
    List<String> queries = queries("prometheus");
    assertThat(queries).hasSizeGreaterThanOrEqualTo(4);
    for (String query : queries) {
      if (query.startsWith("label_values(")) {
        continue;
      }
      assertThat(rendered).as("a bundled query in %s", query).anyMatch(query::contains);
    }
  }

  @Test
  void itsVariablesAndPanelsAreWhatGrafanaImports() {
    assertThat(dashboard.path("uid").asText()).isEqualTo("dfaas-sampler-campaign");
    assertThat(dashboard.path("schemaVersion").asInt()).isPositive();
    Set<Integer> ids = new LinkedHashSet<>();
    for (JsonNode panel : panels()) {
      assertThat(ids.add(panel.path("id").asInt())).as("unique id %s", panel.path("id")).isTrue();
      assertThat(panel.path("gridPos").path("w").asInt()).isBetween(1, 24);
    }
    Set<String> variables = new LinkedHashSet<>();
    dashboard.path("templating").path("list").forEach(v -> variables.add(v.path("name").asText()));
    Pattern used = Pattern.compile("\\$\\{?([A-Za-z_]+)");
    for (String query : allQueryTexts()) {
      Matcher m = used.matcher(query);
      while (m.find()) {
        if (!m.group(1).startsWith("__")) {
          assertThat(variables).as("variable of %s", query).contains(m.group(1));
        }
      }
    }
  }

  private static List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      panels.add(panel);
      panel.path("panels").forEach(panels::add);
    }
    return panels;
  }

  /** The LogQL of every Loki target and variable, label_values' selectors included. */
  private static List<String> lokiQueries() {
    List<String> queries = new ArrayList<>();
    for (String query : queries("loki")) {
      Matcher values = LABEL_VALUES.matcher(query);
      if (values.matches()) {
        assertThat(streamLabels).as("label of %s", query).containsKey(values.group(2));
        queries.add(values.group(1));
      } else {
        queries.add(query);
      }
    }
    return queries;
  }

  /** The queries of the targets and variables whose data source is of {@code type}. */
  private static List<String> queries(String type) {
    List<String> queries = new ArrayList<>();
    for (JsonNode panel : panels()) {
      for (JsonNode target : panel.path("targets")) {
        JsonNode source = target.has("datasource") ? target : panel;
        if (type.equals(source.path("datasource").path("type").asText())) {
          queries.add(target.path("expr").asText());
        }
      }
    }
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if (type.equals(variable.path("datasource").path("type").asText())) {
        queries.add(variable.path("query").asText());
      }
    }
    return queries;
  }

  private static List<String> allQueryTexts() {
    List<String> all = new ArrayList<>(queries("loki"));
    all.addAll(queries("prometheus"));
    panels().forEach(p -> all.add(p.path("title").asText()));
    return all;
  }
}
