package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads, checks and prints the {@code setup:} block ({@link SetupSettings}). The node's SSH
 * defaults come from the keys already read: the gateway URL's host, {@code k6_user}, {@code
 * k6_ssh_key}.
 */
final class SetupSettingsReader {

  /** k6's own naming of the architectures it ships. */
  static final Set<String> ARCHITECTURES = Set.of("amd64", "arm64");

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern VERSION =
      Pattern.compile("v?[0-9]+\\.[0-9]+\\.[0-9]+[A-Za-z0-9.+-]*");
  private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]*");

  private final Function<String, Path> paths;

  /**
   * @param paths a path as written in the config to a path ({@code ~} expanded)
   */
  SetupSettingsReader(Function<String, Path> paths) {
    this.paths = paths;
  }

  SetupSettings read(
      ConfigNode root, K6Settings k6Host, String gatewayUrl, Path passwordFile, Problems problems) {
    ConfigNode node = root.object("setup").orElse(null);
    String nodeHost = hostOf(gatewayUrl);
    SetupSettings.NodeInstall nodeDefaults =
        SetupSettings.NodeInstall.defaults(
            nodeHost,
            k6Host.user(),
            k6Host.sshKey(),
            passwordFile != null
                ? passwordFile
                : paths.apply("~/.config/dfaas-sampler/openfaas-password-" + nodeHost));
    if (node == null) {
      return new SetupSettings(SetupSettings.DEFAULTS.k6(), nodeDefaults);
    }
    SetupSettings settings = new SetupSettings(k6(node, problems), node(node, nodeDefaults));
    node.warnUnknownKeys();
    return settings;
  }

  private static SetupSettings.K6Install k6(ConfigNode node, Problems problems) {
    SetupSettings.K6Install fallback = SetupSettings.DEFAULTS.k6();
    String version = version(node, "k6_version", fallback.version());
    if (version.startsWith("v")) {
      problems.add(node.pathOf("k6_version"), "is written without its 'v', e.g. 0.54.0");
    }
    SetupSettings.K6Source source =
        node.choice(
            "k6_source",
            SetupSettings.K6Source.values(),
            SetupSettings.K6Source::key,
            fallback.source());
    String tarball = url(node, "k6_tarball_url", fallback.tarballUrl());
    String checksums = url(node, "k6_checksums_url", fallback.checksumsUrl());
    Map<String, String> sha256 = new LinkedHashMap<>();
    Rules.stringMap(node, "k6_sha256")
        .forEach(
            (arch, sum) -> {
              String at = node.pathOf("k6_sha256") + "." + arch;
              if (!ARCHITECTURES.contains(arch)) {
                problems.add(at, "the architecture must be amd64 or arm64, as k6 names them");
              } else if (!SHA256.matcher(sum.toLowerCase(java.util.Locale.ROOT)).matches()) {
                problems.add(at, "must be 64 hexadecimal digits, got \"" + sum + "\"");
              }
              sha256.put(arch, sum.toLowerCase(java.util.Locale.ROOT));
            });
    boolean dirGiven = node.has("k6_install_dir");
    String installDir = absolute(node, "k6_install_dir", fallback.installDir());
    return new SetupSettings.K6Install(
        version,
        source,
        tarball,
        checksums,
        sha256,
        installDir,
        dirGiven,
        url(node, "k6_apt_repository", fallback.aptRepository()),
        url(node, "k6_apt_key_url", fallback.aptKeyUrl()));
  }

  private SetupSettings.NodeInstall node(ConfigNode node, SetupSettings.NodeInstall fallback) {
    String host = Rules.singleLine(node, "node_host", fallback.host());
    if (!Rules.isHostNameOrAddress(host)) {
      node.problems().add(node.pathOf("node_host"), "must be a host name or an IP address");
    }
    Integer port = node.integer("node_port", fallback.port());
    if (port == null || port < 1 || port > 65535) {
      node.problems().add(node.pathOf("node_port"), "must be within 1..65535, got " + port);
      port = fallback.port();
    }
    String user = Rules.singleLine(node, "node_user", fallback.user());
    if (user.isBlank() || user.startsWith("-")) {
      node.problems().add(node.pathOf("node_user"), "must be a user name, not empty or '-…'");
    }
    String key = Rules.singleLine(node, "node_ssh_key", null);
    String password = Rules.singleLine(node, "openfaas_password_file", null);
    return new SetupSettings.NodeInstall(
        host,
        port,
        user,
        key == null ? fallback.sshKey() : paths.apply(key),
        absolute(node, "node_bin_dir", fallback.binDir()),
        version(node, "k3s_version", fallback.k3sVersion()),
        url(node, "k3s_installer_url", fallback.k3sInstallerUrl()),
        sha256(node, "k3s_installer_sha256"),
        version(node, "helm_version", fallback.helmVersion()),
        url(node, "helm_installer_url", fallback.helmInstallerUrl()),
        sha256(node, "helm_installer_sha256"),
        url(node, "openfaas_chart_repo", fallback.openfaasChartRepo()),
        version(node, "openfaas_chart_version", fallback.openfaasChartVersion()),
        image(node, "prometheus_image", fallback.prometheusImage()),
        image(node, "node_exporter_image", fallback.nodeExporterImage()),
        image(node, "cadvisor_image", fallback.cadvisorImage()),
        image(node, "scaphandre_image", fallback.scaphandreImage()),
        password == null ? fallback.passwordFile() : paths.apply(password));
  }

  /** Writes the block with every key in force, so that {@code validate}'s output loads again. */
  static void print(ObjectNode root, SetupSettings setup) {
    ObjectNode block = root.putObject("setup");
    SetupSettings.K6Install k6 = setup.k6();
    block.put("k6_version", k6.version());
    block.put("k6_source", k6.source().key());
    block.put("k6_tarball_url", k6.tarballUrl());
    block.put("k6_checksums_url", k6.checksumsUrl());
    ObjectNode sums = block.putObject("k6_sha256");
    k6.sha256().forEach(sums::put);
    block.put("k6_install_dir", k6.installDir());
    block.put("k6_apt_repository", k6.aptRepository());
    block.put("k6_apt_key_url", k6.aptKeyUrl());
    SetupSettings.NodeInstall node = setup.node();
    block.put("node_host", node.host());
    block.put("node_port", node.port());
    block.put("node_user", node.user());
    block.put("node_ssh_key", node.sshKey().toString());
    block.put("node_bin_dir", node.binDir());
    block.put("k3s_version", node.k3sVersion());
    block.put("k3s_installer_url", node.k3sInstallerUrl());
    putIfSet(block, "k3s_installer_sha256", node.k3sInstallerSha256());
    block.put("helm_version", node.helmVersion());
    block.put("helm_installer_url", node.helmInstallerUrl());
    putIfSet(block, "helm_installer_sha256", node.helmInstallerSha256());
    block.put("openfaas_chart_repo", node.openfaasChartRepo());
    block.put("openfaas_chart_version", node.openfaasChartVersion());
    block.put("prometheus_image", node.prometheusImage());
    block.put("node_exporter_image", node.nodeExporterImage());
    block.put("cadvisor_image", node.cadvisorImage());
    block.put("scaphandre_image", node.scaphandreImage());
    block.put("openfaas_password_file", node.passwordFile().toString());
  }

  private static void putIfSet(ObjectNode block, String key, String value) {
    if (value != null) {
      block.put(key, value);
    }
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url.replace(HostAddress.PLACEHOLDER, "127.0.0.1")).getHost();
      return host == null ? "127.0.0.1" : host;
    } catch (IllegalArgumentException e) {
      // gateway_url's own check reports it; the node's default host does not matter then.
      return "127.0.0.1";
    }
  }

  private static String version(ConfigNode node, String key, String fallback) {
    String value = Rules.singleLine(node, key, fallback);
    if (!VERSION.matcher(value).matches()) {
      node.problems()
          .add(
              node.pathOf(key),
              "must be a release version like " + fallback + ", got \"" + value + "\"");
    }
    return value;
  }

  /** A download URL; {@code {version}} and {@code {arch}} are checked as the values they become. */
  private static String url(ConfigNode node, String key, String fallback) {
    String value = Rules.singleLine(node, key, fallback);
    Rules.checkHttpUrl(
        node.pathOf(key),
        value.replace("{version}", "1.0.0").replace("{arch}", "amd64"),
        node.problems());
    return value;
  }

  private static String sha256(ConfigNode node, String key) {
    String value = Rules.singleLine(node, key, null);
    if (value != null && !SHA256.matcher(value).matches()) {
      node.problems().add(node.pathOf(key), "must be 64 lower-case hexadecimal digits");
    }
    return value;
  }

  private static String absolute(ConfigNode node, String key, String fallback) {
    String value = Rules.singleLine(node, key, fallback);
    if (!value.startsWith("/")) {
      node.problems().add(node.pathOf(key), "must be an absolute path, got \"" + value + "\"");
    }
    return value;
  }

  private static String image(ConfigNode node, String key, String fallback) {
    String value = Rules.singleLine(node, key, fallback);
    if (!IMAGE.matcher(value).matches()) {
      node.problems()
          .add(
              node.pathOf(key),
              "must be an image reference like " + fallback + ", got \"" + value + "\"");
    }
    return value;
  }
}
