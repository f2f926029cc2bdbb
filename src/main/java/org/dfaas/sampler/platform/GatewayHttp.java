package org.dfaas.sampler.platform;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import org.dfaas.sampler.BoundedHttp;
import org.dfaas.sampler.ConnectFailure;
import org.dfaas.sampler.config.GatewaySettings;

/**
 * One exchange with the OpenFaaS gateway's {@code /system/} API: basic auth, a deadline on the
 * whole reply, and every failure turned into a {@link GatewayException} that names the URL and
 * never the credentials.
 *
 * <p>Thread-safe.
 */
final class GatewayHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String authorization;
  private final Duration timeout;
  private final HttpClient http;

  /**
   * @param gatewayUrl the gateway, e.g. {@code http://127.0.0.1:31112} (a trailing slash is fine)
   * @param authorization the {@code Authorization} header value, or {@code null} for none
   * @param timeout the limit of one exchange, reply body included
   */
  GatewayHttp(String gatewayUrl, String authorization, Duration timeout) {
    this.base = gatewayUrl.endsWith("/") ? gatewayUrl : gatewayUrl + "/";
    this.authorization = authorization;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /**
   * The URI of {@code path} (relative, already encoded) with {@code ?namespace=} when one is given.
   */
  URI uri(String path, String namespace) {
    return URI.create(base + path + (namespace == null ? "" : "?namespace=" + encode(namespace)));
  }

  /** {@code value} as one percent-encoded path segment or query value. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The gateway's URL as configured. */
  String base() {
    return base;
  }

  /**
   * Sends {@code method} to {@code uri} with {@code json} as its body ({@code null} for none).
   *
   * @throws GatewayException when the gateway cannot be reached in time, or refuses the credentials
   */
  HttpResponse<String> send(String method, URI uri, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response = BoundedHttp.send(http, request.build(), timeout);
    } catch (HttpTimeoutException e) {
      throw new GatewayException(
          "OpenFaaS gateway " + uri + ": no reply within " + timeout.toMillis() + " ms",
          "check gateway_url and that the gateway pod is ready",
          e);
    } catch (BoundedHttp.BodyTooLargeException e) {
      throw new GatewayException(
          "OpenFaaS gateway " + uri + ": the reply is " + e.getMessage(),
          "check gateway_url: it should name the OpenFaaS gateway",
          e);
    } catch (IOException e) {
      throw new GatewayException(
          "OpenFaaS gateway " + uri + ": cannot connect (" + ConnectFailure.why(e) + ")",
          "check gateway_url; is the gateway port-forwarded or exposed?",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayException("OpenFaaS gateway " + uri + ": interrupted", null, e);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new GatewayException(
          "OpenFaaS gateway " + uri + ": HTTP " + status + ", credentials refused",
          "set openfaas_user and openfaas_password_file (or env "
              + GatewaySettings.PASSWORD_ENV
              + ") to the basic-auth secret of the gateway",
          null);
    }
    return response;
  }

  /** An error for a reply of an unexpected status, with the start of its body. */
  static GatewayException unexpected(URI uri, HttpResponse<String> response, String hint) {
    return new GatewayException(
        "OpenFaaS gateway "
            + uri
            + ": HTTP "
            + response.statusCode()
            + ": "
            + excerpt(response.body()),
        hint,
        null);
  }

  /**
   * The reply's body as JSON.
   *
   * @throws GatewayException when it is not JSON
   */
  /**
   * The JSON of a 200 reply, of the shape {@code shape} accepts.
   *
   * @param expected what the reply should be, for the message when it is not
   * @throws GatewayException when the status is not 200, or the reply not JSON of that shape
   */
  static JsonNode json(
      URI uri, HttpResponse<String> response, Predicate<JsonNode> shape, String expected) {
    if (response.statusCode() != 200) {
      throw unexpected(uri, response, null);
    }
    JsonNode node;
    try {
      node = JSON.readTree(response.body());
    } catch (JacksonException e) {
      throw new GatewayException(
          "OpenFaaS gateway " + uri + ": reply is not JSON: " + excerpt(response.body()), null, e);
    }
    if (node == null || !shape.test(node)) {
      throw new GatewayException(
          "OpenFaaS gateway " + uri + ": reply is not " + expected, null, null);
    }
    return node;
  }

  private static String excerpt(String body) {
    String text = body == null ? "" : body.strip();
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
