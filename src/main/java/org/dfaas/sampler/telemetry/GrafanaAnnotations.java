package org.dfaas.sampler.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.plan.Configuration;

/**
 * Marks a campaign on Grafana's dashboards as the old tool's later versions did (compat §11): an
 * annotation ({@code POST /api/annotations}) at the run's start and end, at each configuration, at
 * each overloaded iteration and at each failure, tagged {@code run_id:…}, {@code workload:dfaas},
 * {@code host:…}, {@code event:…} and, where they apply, {@code config_id:…} and {@code
 * iteration:…}. Posting happens on a thread of its own: the campaign never waits for Grafana, and
 * Grafana down, slow or refusing only costs annotations.
 *
 * <p>Called from the campaign's thread; {@link #close} once, after the campaign.
 */
final class GrafanaAnnotations implements CampaignListener, AutoCloseable {

  /** An annotation's text is cut here: a failure's message can be long. */
  static final int MAX_TEXT_CHARS = 2000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RunIdentity identity;
  private final ConfigIdHash idHash;
  private final Clock clock;
  private final AsyncSender<byte[]> sender;
  private Configuration current;

  GrafanaAnnotations(
      JsonPost post,
      RunIdentity identity,
      ConfigIdHash idHash,
      Clock clock,
      AsyncSender.Options options) {
    this.identity = identity;
    this.idHash = idHash;
    this.clock = clock;
    this.sender =
        new AsyncSender<>(
            "Grafana annotations",
            options,
            batch -> {
              for (byte[] annotation : batch) {
                post.send(annotation);
              }
            });
  }

  @Override
  public void campaignStarted(long configurations, int iterations) {
    annotate(
        "run_start",
        null,
        0,
        "DFaaS campaign "
            + identity.runId()
            + " started: "
            + configurations
            + " configurations, "
            + iterations
            + " iteration(s) each");
  }

  @Override
  public void iterationStarted(PlanPosition position, Configuration configuration, int iteration) {
    if (!configuration.equals(current)) {
      current = configuration;
      annotate(
          "configuration",
          configuration,
          0,
          "configuration " + position.index() + "/" + position.total() + ": " + configuration);
    }
  }

  @Override
  public void iterationFinished(
      PlanPosition position, Configuration configuration, int iteration, boolean overloaded) {
    if (overloaded) {
      annotate(
          "overloaded",
          configuration,
          iteration,
          "overloaded: " + configuration + " (iteration " + iteration + ")");
    }
  }

  @Override
  public void configurationFailed(
      PlanPosition position, Configuration configuration, Exception cause) {
    annotate("failure", configuration, 0, "failed: " + configuration + ": " + cause.getMessage());
  }

  @Override
  public void warmUpFailed(Configuration load, Exception cause) {
    annotate("failure", load, 0, "warm-up failed: " + load + ": " + cause.getMessage());
  }

  @Override
  public void campaignFinished(CampaignOutcome outcome) {
    annotate(
        "run_end",
        null,
        0,
        "DFaaS campaign "
            + identity.runId()
            + (outcome.complete() ? " complete" : " ended early")
            + ": "
            + outcome.ran()
            + " ran, "
            + outcome.failed()
            + " failed, "
            + outcome.overloaded()
            + " overloaded"
            + (outcome.stopReason() == null ? "" : " (" + outcome.stopReason() + ")"));
  }

  private void annotate(String event, Configuration configuration, int iteration, String text) {
    ObjectNode body = JSON.createObjectNode();
    body.put("time", clock.millis());
    ArrayNode tags = body.putArray("tags");
    for (String tag : tags(event, configuration, iteration)) {
      tags.add(tag);
    }
    body.put("text", text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text);
    try {
      sender.offer(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new IllegalStateException("a tree of strings is always JSON", e);
    }
  }

  private List<String> tags(String event, Configuration configuration, int iteration) {
    List<String> tags =
        new java.util.ArrayList<>(
            List.of(
                "run_id:" + identity.runId(),
                "workload:dfaas",
                "host:" + identity.targetName(),
                "event:" + event));
    if (configuration != null) {
      tags.add("config_id:" + configuration.id(idHash));
    }
    if (iteration > 0) {
      tags.add("iteration:" + iteration);
    }
    return tags;
  }

  /** Items not posted so far. */
  long dropped() {
    return sender.dropped();
  }

  @Override
  public void close() {
    sender.close();
  }
}
