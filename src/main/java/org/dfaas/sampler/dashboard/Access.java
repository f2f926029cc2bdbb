package org.dfaas.sampler.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may see a dashboard. With a token: a request that carries it, as {@code ?token=} (the link
 * printed when the server started) or as the cookie the page then gets, so that the page's own
 * requests carry it without putting it in more URLs; 401 otherwise. Without a token (loopback
 * only): a request whose {@code Host} is a loopback name, so that a web page elsewhere cannot reach
 * the dashboard through a name of its own that resolves to 127.0.0.1 (DNS rebinding).
 */
final class Access {

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private Access() {}

  /** Whether the request may go on; answers it (401 or 403) when it may not. */
  static boolean allowed(HttpExchange exchange, DashboardOptions options, String cookie)
      throws IOException {
    if (options.token().isEmpty()) {
      String host = hostName(exchange.getRequestHeaders().getFirst("Host"));
      if (!LOOPBACK_NAMES.contains(host)) {
        Responses.text(exchange, 403, "this dashboard answers loopback names only");
        return false;
      }
      return true;
    }
    AccessToken token = options.token().get();
    String query = queryToken(exchange.getRequestURI().getRawQuery());
    if (token.matches(query)) {
      exchange
          .getResponseHeaders()
          .add("Set-Cookie", cookie + "=" + token.reveal() + "; Path=/; HttpOnly; SameSite=Strict");
      return true;
    }
    if (token.matches(cookieToken(exchange.getRequestHeaders().get("Cookie"), cookie))) {
      return true;
    }
    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"dfaas-sampler\"");
    Responses.text(
        exchange, 401, "this dashboard needs its token: open the link printed when it started");
    return false;
  }

  private static String hostName(String header) {
    if (header == null) {
      return "";
    }
    String host = header.strip().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon > host.lastIndexOf(']')) {
      host = host.substring(0, colon);
    }
    return host;
  }

  private static String queryToken(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("token=")) {
        return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static String cookieToken(List<String> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (String header : headers) {
      for (String part : header.split(";")) {
        String p = part.strip();
        if (p.startsWith(name + "=")) {
          return p.substring(name.length() + 1);
        }
      }
    }
    return null;
  }
}
