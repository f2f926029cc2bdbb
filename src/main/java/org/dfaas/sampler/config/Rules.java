package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dfaas.sampler.Secrets;

/**
 * The checks shared by several keys. Many values end up inside a JavaScript string, a URL, PromQL
 * or a shell command on the k6 host, so they are held to what can sit there safely.
 */
final class Rules {

  /** An HTTP header name: a token of RFC 9110. */
  static final Pattern HTTP_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** A URL path that needs no escaping inside a JavaScript string or a URL. */
  private static final Pattern SAFE_URL_PATH = Pattern.compile("[A-Za-z0-9._~/%-]*");

  /**
   * A host name (labels of letters, digits, '-' and '_', as SSH config aliases allow), an IPv4
   * address or a bare IPv6 address. It reaches ssh and Ansible on their command lines and
   * inventories, so it never starts with '-' and holds nothing a shell or a template reads.
   */
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private Rules() {}

  static boolean isHostNameOrAddress(String host) {
    return HOST.matcher(host).matches();
  }

  /** A string key that must hold no line break or other control character. */
  static String singleLine(ConfigNode node, String key, String fallback) {
    String value = node.string(key, fallback);
    if (value != null && hasControlCharacter(value)) {
      node.problems().add(node.pathOf(key), "must be one line without control characters");
    }
    return value == null ? fallback : value;
  }

  /**
   * The path under {@code key} as {@code paths} reads it ({@code ~} expanded); {@code null} when
   * unset without fallback, or empty (a problem).
   */
  static Path path(ConfigNode node, String key, String fallback, Function<String, Path> paths) {
    String text = singleLine(node, key, fallback);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      node.problems().add(node.pathOf(key), "must not be empty");
      return null;
    }
    return paths.apply(text);
  }

  static boolean hasControlCharacter(String value) {
    return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
  }

  static boolean hasLineBreak(String value) {
    return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
  }

  static boolean isWithin(double value, double min, double max) {
    return !Double.isNaN(value) && value >= min && value <= max;
  }

  static void checkRange(String path, double value, double min, double max, Problems problems) {
    if (Double.isNaN(value) || value < min || value > max) {
      problems.add(path, "must be within " + plain(min) + ".." + plain(max) + ", got " + value);
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * A plain http(s) URL: scheme, host, optional port and path; no credentials (they would end up in
   * scripts and logs), no query, no fragment, nothing that needs escaping.
   */
  static void checkHttpUrl(String path, String url, Problems problems) {
    if (url == null) {
      return;
    }
    // {host.address} is replaced when the parts are built; any host name checks the rest here.
    String problem = httpUrlProblem(url.replace(HostAddress.PLACEHOLDER, "host-address"));
    if (problem != null) {
      problems.add(path, problem + ", got \"" + Secrets.maskUrlCredentials(url) + "\"");
    }
  }

  private static String httpUrlProblem(String url) {
    if (hasControlCharacter(url) || url.contains(" ")) {
      return "must be one line without spaces";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "is not a URL (" + e.getReason() + ")";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "must be an http:// or https:// URL";
    }
    if (uri.getHost() == null || uri.getRawAuthority() == null) {
      return "must name a host";
    }
    if (uri.getRawUserInfo() != null) {
      return "must not hold credentials; give them separately";
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "must have no query (?) or fragment (#)";
    }
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!SAFE_URL_PATH.matcher(rawPath).matches()) {
      return "has characters in its path that are not allowed";
    }
    return null;
  }

  /** A list of one-line strings. */
  static List<String> stringList(ConfigNode node, String key) {
    List<String> values = new ArrayList<>();
    node.list(key)
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                String at = node.pathOf(key) + "[" + i + "]";
                String value = scalarText(node, items.get(i), at);
                if (value != null) {
                  values.add(value);
                }
              }
            });
    return values;
  }

  /** A map of one-line strings, in file order. */
  static Map<String, String> stringMap(ConfigNode node, String key) {
    Map<String, String> values = new LinkedHashMap<>();
    node.object(key)
        .ifPresent(
            map -> {
              for (String name : map.keys()) {
                String at = map.pathOf(name);
                if (hasControlCharacter(name)) {
                  node.problems().add(at, "a key must be one line without control characters");
                }
                String value = map.raw(name).map(v -> scalarText(node, v, at)).orElse(null);
                if (value != null) {
                  values.put(name, value);
                }
              }
            });
    return values;
  }

  private static String scalarText(ConfigNode node, JsonNode value, String at) {
    if (!value.isValueNode() || value.isNull()) {
      node.problems().add(at, "must be a string, got " + ConfigNode.describe(value));
      return null;
    }
    String text = value.asText();
    if (hasControlCharacter(text)) {
      node.problems().add(at, "must be one line without control characters");
    }
    return text;
  }
}
