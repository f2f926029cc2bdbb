package org.dfaas.sampler.telemetry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dfaas.sampler.LogLines;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.campaign.CampaignListener;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.config.TelemetrySettings;
import org.slf4j.LoggerFactory;

/**
 * The services a campaign reports to besides its folder, as the old tool's later versions did
 * (compat §11): Grafana annotations as a {@link CampaignListener}, Loki pushes as a listener of the
 * log lines. A value the config leaves unset is taken from {@code LB_GRAFANA_ENABLED}, {@code
 * LB_GRAFANA_URL}, {@code LB_GRAFANA_API_KEY}, {@code LB_GRAFANA_ORG_ID}, {@code LB_LOKI_ENABLED},
 * {@code LB_LOKI_ENDPOINT}. Neither service can fail or slow the campaign: one enabled without a
 * usable URL is a warning, and each talks to its service from a thread of its own.
 *
 * <p>Open for one campaign, closed when it ends (the last lines get a short time to leave).
 */
public final class Telemetry implements AutoCloseable {

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(Telemetry.class);

  /**
   * Deadlines and queue sizes.
   *
   * @param callDeadline one exchange with Grafana or Loki, reply included
   * @param drainTime how long the end of a campaign waits for what is still queued
   */
  public record Timing(Duration callDeadline, Duration drainTime) {

    /** Five seconds a call, two to drain. */
    public static final Timing DEFAULT = new Timing(Duration.ofSeconds(5), Duration.ofSeconds(2));
  }

  /**
   * The Grafana dashboard shipped in the jar for what this class sends: the annotations and the
   * Loki stream, filtered by run and target, and the node as the bundled queries read it. A
   * resource path; {@code docs/telemetry.md} says how to take it out of the jar.
   */
  public static final String GRAFANA_DASHBOARD =
      "/org/dfaas/sampler/telemetry/grafana-dashboard.json";

  private final GrafanaAnnotations grafana;
  private final LokiPush loki;
  private final LogLines.Registration lokiLines;

  private Telemetry(GrafanaAnnotations grafana, LokiPush loki) {
    this.grafana = grafana;
    this.loki = loki;
    this.lokiLines = loki == null ? () -> {} : LogLines.listen(loki);
  }

  /**
   * Starts what {@code settings} (or the environment) enables for the campaign of {@code identity}.
   *
   * @param idHash the digest of the config ids the annotations tag
   */
  public static Telemetry start(
      TelemetrySettings settings,
      Map<String, String> env,
      RunIdentity identity,
      ConfigIdHash idHash,
      Clock clock,
      Timing timing) {
    GrafanaAnnotations grafana =
        grafanaUri(settings.grafana(), env)
            .map(
                uri ->
                    new GrafanaAnnotations(
                        new JsonPost(
                            "Grafana annotations",
                            uri,
                            grafanaHeaders(settings.grafana(), env),
                            timing.callDeadline()),
                        identity,
                        idHash,
                        clock,
                        new AsyncSender.Options(1000, 1, Duration.ZERO, timing.drainTime())))
            .orElse(null);
    LokiPush loki =
        lokiUri(settings.loki(), env)
            .map(
                uri -> {
                  LokiPush push =
                      new LokiPush(
                          new JsonPost("Loki push", uri, Map.of(), timing.callDeadline()),
                          lokiLabels(settings.loki(), identity),
                          new AsyncSender.Options(
                              10_000, 200, Duration.ofMillis(500), timing.drainTime()));
                  return push;
                })
            .orElse(null);
    return new Telemetry(grafana, loki);
  }

  /** The listener that annotates; one that does nothing when Grafana is off. */
  public CampaignListener listener() {
    return grafana == null ? CampaignListener.NONE : grafana;
  }

  private static Optional<URI> grafanaUri(
      TelemetrySettings.Grafana grafana, Map<String, String> env) {
    if (!enabled(grafana.enabled(), env.get("LB_GRAFANA_ENABLED"))) {
      return Optional.empty();
    }
    String url = grafana.url() != null ? grafana.url() : env.get("LB_GRAFANA_URL");
    return uri("grafana.url (or LB_GRAFANA_URL)", url, "no Grafana annotations")
        .map(base -> base.resolve(stripSlash(base.getPath()) + "/api/annotations"));
  }

  private static Map<String, String> grafanaHeaders(
      TelemetrySettings.Grafana grafana, Map<String, String> env) {
    Map<String, String> headers = new LinkedHashMap<>();
    String key = grafana.hasApiKey() ? grafana.apiKey() : env.get("LB_GRAFANA_API_KEY");
    if (key != null && !key.isBlank()) {
      headers.put("Authorization", Secrets.bearer(key.strip()));
    }
    String org =
        grafana.orgId() != null ? grafana.orgId().toString() : env.get("LB_GRAFANA_ORG_ID");
    if (org != null && org.strip().matches("[0-9]+")) {
      headers.put("X-Grafana-Org-Id", org.strip());
    }
    return headers;
  }

  private static Optional<URI> lokiUri(TelemetrySettings.Loki loki, Map<String, String> env) {
    if (!enabled(loki.enabled(), env.get("LB_LOKI_ENABLED"))) {
      return Optional.empty();
    }
    String url = loki.endpoint() != null ? loki.endpoint() : env.get("LB_LOKI_ENDPOINT");
    return uri("loki.endpoint (or LB_LOKI_ENDPOINT)", url, "no Loki pushes");
  }

  private static Map<String, String> lokiLabels(TelemetrySettings.Loki loki, RunIdentity identity) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("component", "dfaas-sampler");
    labels.put("host", identity.targetName());
    labels.put("run_id", identity.runId());
    labels.put("workload", "dfaas");
    labels.putAll(loki.labels());
    return labels;
  }

  private static boolean enabled(Boolean configured, String fromEnv) {
    if (configured != null) {
      return configured;
    }
    return fromEnv != null
        && switch (fromEnv.strip().toLowerCase(Locale.ROOT)) {
          case "1", "true", "yes", "on" -> true;
          default -> false;
        };
  }

  private static Optional<URI> uri(String key, String url, String consequence) {
    if (url == null || url.isBlank()) {
      LOG.warn(
          "{} is enabled but {} is not set: {}",
          key.substring(0, key.indexOf('.')),
          key,
          consequence);
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // Reported below with the others.
    }
    LOG.warn(
        "{} is not an http(s) URL: \"{}\"; {}", key, Secrets.maskUrlCredentials(url), consequence);
    return Optional.empty();
  }

  private static String stripSlash(String path) {
    return path == null ? "" : path.replaceAll("/+$", "");
  }

  /** Gives what is queued a short time to leave, then stops both. */
  @Override
  public void close() {
    if (grafana != null) {
      grafana.close();
    }
    lokiLines.close();
    if (loki != null) {
      loki.close();
    }
  }
}
