package org.dfaas.sampler.metrics;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.dfaas.sampler.BoundedHttp;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.Sleeper;
import org.dfaas.sampler.config.PrometheusSettings;

/**
 * Runs PromQL against Prometheus' HTTP API ({@code /api/v1/query}, {@code /api/v1/query_range})
 * with the JDK's HTTP client. Every request has a timeout, also sent as Prometheus' own {@code
 * timeout} so the server gives up too. An empty result is asked again every poll interval until the
 * retry time is over, because a fresh series appears only after the next scrape.
 *
 * <p>Thread-safe. Every failure is a {@link PrometheusQueryException} naming the query and its
 * PromQL; credentials never appear in messages or logs.
 */
public final class PrometheusClient implements MetricsSource {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BODY_EXCERPT = 300;

  private final URI base;
  private final Options options;
  private final HttpClient http;

  /**
   * How the client behaves; {@code authorization} is a ready header value or {@code null}.
   *
   * @param timeout the limit of one request
   * @param retry how long an empty result is asked again
   * @param poll the wait between two asks
   * @param authorization the {@code Authorization} header, or {@code null}
   * @param clock the time the retry is measured with
   * @param sleeper how the client waits between two asks
   */
  public record Options(
      Duration timeout,
      Duration retry,
      Duration poll,
      String authorization,
      Clock clock,
      Sleeper sleeper) {

    @Override
    public String toString() {
      return "Options[timeout="
          + timeout
          + ", retry="
          + retry
          + ", poll="
          + poll
          + ", authorization="
          + (authorization == null ? "none" : "***")
          + "]";
    }
  }

  /**
   * @param baseUrl Prometheus' URL, e.g. {@code http://127.0.0.1:9090} (a trailing slash is fine)
   */
  public PrometheusClient(String baseUrl, Options options) {
    this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    this.options = options;
    this.http = HttpClient.newBuilder().connectTimeout(options.timeout()).build();
  }

  /**
   * The real client for a config: its timeouts, credentials read from their files now, the system
   * clock and real sleeps.
   *
   * @throws org.dfaas.sampler.SamplerException when a credentials file cannot be read
   */
  public static PrometheusClient create(String baseUrl, PrometheusSettings settings) {
    String authorization = null;
    if (settings.user() != null) {
      authorization =
          Secrets.basic(
              settings.user(), Secrets.read(settings.passwordFile(), "prometheus_password_file"));
    } else if (settings.bearerTokenFile() != null) {
      authorization =
          Secrets.bearer(Secrets.read(settings.bearerTokenFile(), "prometheus_bearer_token_file"));
    }
    return new PrometheusClient(
        baseUrl,
        new Options(
            Duration.ofSeconds(settings.timeoutSeconds()),
            Duration.ofSeconds(settings.retrySeconds()),
            Duration.ofSeconds(settings.pollSeconds()),
            authorization,
            Clock.systemUTC(),
            Sleeper.SYSTEM));
  }

  @Override
  public double instant(String name, String promql) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("query", promql);
    return query(name, promql, "api/v1/query", form);
  }

  @Override
  public double range(String name, String promql, Instant start, Instant end, Duration step) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("query", promql);
    form.put("start", seconds(start));
    form.put("end", seconds(end));
    form.put("step", BigDecimal.valueOf(step.toMillis(), 3).toPlainString());
    return query(name, promql, "api/v1/query_range", form);
  }

  private double query(String name, String promql, String path, Map<String, String> form) {
    form.put("timeout", options.timeout().toMillis() + "ms");
    Instant deadline = options.clock().instant().plus(options.retry());
    while (true) {
      Double value = once(name, promql, path, form);
      if (value != null) {
        return value;
      }
      if (!options.clock().instant().isBefore(deadline)) {
        throw new PrometheusQueryException(
            name,
            promql,
            "the result stayed empty for " + options.retry().toSeconds() + " s (no such series?)",
            null);
      }
      try {
        options.sleeper().sleep(options.poll());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PrometheusQueryException(name, promql, "interrupted while waiting for data", e);
      }
    }
  }

  private Double once(String name, String promql, String path, Map<String, String> form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(options.timeout())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (options.authorization() != null) {
      request.header("Authorization", options.authorization());
    }
    HttpResponse<String> response;
    try {
      response = BoundedHttp.send(http, request.build(), options.timeout());
    } catch (HttpTimeoutException e) {
      throw new PrometheusQueryException(
          name,
          promql,
          "no reply from " + base + " within " + options.timeout().toMillis() + " ms",
          e);
    } catch (BoundedHttp.BodyTooLargeException e) {
      throw new PrometheusQueryException(
          name, promql, "the reply of " + base + " is " + e.getMessage(), e);
    } catch (IOException e) {
      throw new PrometheusUnreachableException(base.toString(), name, promql, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PrometheusQueryException(name, promql, "interrupted", e);
    }
    return read(name, promql, response);
  }

  private static Double read(String name, String promql, HttpResponse<String> response) {
    int status = response.statusCode();
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JacksonException e) {
      throw new PrometheusQueryException(
          name, promql, "HTTP " + status + ", reply is not JSON: " + excerpt(response.body()), e);
    }
    if (body == null || !body.isObject()) {
      throw new PrometheusQueryException(
          name,
          promql,
          "HTTP " + status + ", reply is not a JSON object: " + excerpt(response.body()),
          null);
    }
    if (!"success".equals(body.path("status").asText()) || status != 200) {
      String errorType = body.path("errorType").asText("?");
      String error = body.path("error").asText(excerpt(response.body()));
      throw new PrometheusQueryException(
          name, promql, "HTTP " + status + ", " + errorType + ": " + error, null);
    }
    try {
      return PrometheusReply.value(body.path("data"));
    } catch (IllegalArgumentException e) {
      throw new PrometheusQueryException(
          name, promql, "unexpected reply (" + e.getMessage() + ")", e);
    }
  }

  private static String excerpt(String body) {
    String text = body == null ? "" : body.strip();
    return text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT) + "…";
  }

  private static String seconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli(), 3).toPlainString();
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
