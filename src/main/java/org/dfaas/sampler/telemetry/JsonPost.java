package org.dfaas.sampler.telemetry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.dfaas.sampler.BoundedHttp;
import org.dfaas.sampler.Secrets;

/**
 * POSTs JSON bodies to one URL with fixed headers, each exchange bounded by a deadline that covers
 * the reply's body, the reply capped small (nothing in it is read but the status). An error never
 * holds a header's value: the API key stays out of logs.
 *
 * <p>Thread-safe.
 */
final class JsonPost {

  /** The reply is only checked for its status: a few KiB of error text is plenty. */
  private static final int MAX_REPLY_BYTES = 64 * 1024;

  private final HttpClient http;
  private final URI uri;
  private final Map<String, String> headers;
  private final Duration deadline;
  private final String what;

  /**
   * @param what names the service in errors, e.g. {@code Grafana annotations}
   * @param headers sent with every request (their values never reach an error)
   */
  JsonPost(String what, URI uri, Map<String, String> headers, Duration deadline) {
    this.what = what;
    this.uri = uri;
    this.headers = Map.copyOf(headers);
    this.deadline = deadline;
    this.http = HttpClient.newBuilder().connectTimeout(deadline).build();
  }

  /**
   * Sends {@code json}; a reply other than 2xx is an error.
   *
   * @throws IOException naming the service, the URL and the status or the failure
   */
  void send(byte[] json) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(deadline)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    headers.forEach(request::header);
    HttpResponse<String> reply;
    try {
      reply = BoundedHttp.send(http, request.build(), deadline, MAX_REPLY_BYTES);
    } catch (IOException e) {
      throw new IOException(
          where() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
    if (reply.statusCode() / 100 != 2) {
      throw new IOException(where() + ": HTTP " + reply.statusCode());
    }
  }

  private String where() {
    return what + " at " + Secrets.maskUrlCredentials(uri.toString());
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
