package org.dfaas.sampler.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The keys the old tool's later versions added for the services around a campaign (compat §11): the
 * ports of OpenFaaS and Prometheus (validated, not used), Grafana annotations and Loki pushes. A
 * value left unset is {@code null}, so the {@code LB_GRAFANA_*} and {@code LB_LOKI_*} variables can
 * stand in for it when the campaign starts.
 *
 * @param openfaasPort {@code openfaas_port}, or {@code null}
 * @param prometheusPort {@code prometheus_port}, or {@code null}
 * @param grafana the {@code grafana} block
 * @param loki the {@code loki} block
 */
public record TelemetrySettings(
    Integer openfaasPort, Integer prometheusPort, Grafana grafana, Loki loki) {

  /** Nothing set: no annotations, no pushes. */
  public static final TelemetrySettings NONE =
      new TelemetrySettings(null, null, Grafana.UNSET, Loki.UNSET);

  public TelemetrySettings {
    Objects.requireNonNull(grafana, "grafana");
    Objects.requireNonNull(loki, "loki");
  }

  /**
   * {@code grafana: {enabled, url, api_key, org_id}}; unset values are {@code null}.
   *
   * @param enabled whether annotations are posted
   * @param url Grafana's base URL
   * @param apiKey the API key sent as a bearer token; never shown
   * @param orgId the organisation, sent as {@code X-Grafana-Org-Id}
   */
  public record Grafana(Boolean enabled, String url, String apiKey, Integer orgId) {

    /** Nothing set. */
    public static final Grafana UNSET = new Grafana(null, null, null, null);

    /** Whether annotations are asked for. */
    public boolean on() {
      return Boolean.TRUE.equals(enabled);
    }

    /** Whether an API key is set (the key itself is never shown). */
    public boolean hasApiKey() {
      return apiKey != null && !apiKey.isEmpty();
    }

    /** Keeps the API key out of logs and error messages. */
    @Override
    public String toString() {
      return "Grafana[enabled="
          + enabled
          + ", url="
          + url
          + ", apiKey="
          + (hasApiKey() ? "(set)" : "(none)")
          + ", orgId="
          + orgId
          + "]";
    }
  }

  /**
   * {@code loki: {enabled, endpoint, labels}}; unset values are {@code null} or empty.
   *
   * @param enabled whether log lines are pushed
   * @param endpoint Loki's push URL ({@code …/loki/api/v1/push})
   * @param labels labels added to the stream's own
   */
  public record Loki(Boolean enabled, String endpoint, Map<String, String> labels) {

    /** Nothing set. */
    public static final Loki UNSET = new Loki(null, null, Map.of());

    public Loki {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** Whether pushes are asked for. */
    public boolean on() {
      return Boolean.TRUE.equals(enabled);
    }
  }
}
