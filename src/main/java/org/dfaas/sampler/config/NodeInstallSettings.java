package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * How {@code setup --node} provisions the node: its SSH address, and the pinned k3s, helm, OpenFaaS
 * chart and monitoring images, each from a URL a lab may mirror.
 *
 * @param host the node's SSH address (default: the gateway URL's host)
 * @param port its SSH port
 * @param user the SSH user (default: {@code k6_user})
 * @param sshKey the SSH private key (default: {@code k6_ssh_key})
 * @param binDir where k3s, kubectl and helm are installed
 * @param stateDir where setup keeps the node's manifests and, briefly, the installers
 * @param k3sVersion the pinned k3s release
 * @param k3sInstallerUrl k3s' install script, which verifies what it downloads itself
 * @param k3sInstallerSha256 the script's SHA-256, for a mirrored copy; {@code null} to skip
 * @param helmVersion the pinned helm release
 * @param helmInstallerUrl helm's install script, which verifies what it downloads itself
 * @param helmInstallerSha256 the script's SHA-256, for a mirrored copy; {@code null} to skip
 * @param openfaasChartRepo the OpenFaaS chart repository
 * @param openfaasChartVersion the pinned chart version
 * @param prometheusImage Prometheus's image
 * @param nodeExporterImage node-exporter's image
 * @param cadvisorImage cAdvisor's image
 * @param scaphandreImage Scaphandre's image, deployed when {@code scaphandre_enabled}
 * @param passwordFile where the gateway's password is written on this machine
 */
public record NodeInstallSettings(
    String host,
    int port,
    String user,
    Path sshKey,
    String binDir,
    String stateDir,
    String k3sVersion,
    String k3sInstallerUrl,
    String k3sInstallerSha256,
    String helmVersion,
    String helmInstallerUrl,
    String helmInstallerSha256,
    String openfaasChartRepo,
    String openfaasChartVersion,
    String prometheusImage,
    String nodeExporterImage,
    String cadvisorImage,
    String scaphandreImage,
    Path passwordFile) {

  static final String K3S_VERSION = "v1.31.4+k3s1";
  static final String HELM_VERSION = "v3.16.4";

  /** The pinned defaults for a node reached as {@code host}. */
  static NodeInstallSettings defaults(String host, String user, Path sshKey, Path passwordFile) {
    return new NodeInstallSettings(
        host,
        22,
        user,
        sshKey,
        "/usr/local/bin",
        "/var/lib/dfaas-sampler",
        K3S_VERSION,
        "https://get.k3s.io",
        null,
        HELM_VERSION,
        "https://raw.githubusercontent.com/helm/helm/" + HELM_VERSION + "/scripts/get-helm-3",
        null,
        "https://openfaas.github.io/faas-netes/",
        "14.2.34",
        "prom/prometheus:v2.53.3",
        "prom/node-exporter:v1.8.2",
        "gcr.io/cadvisor/cadvisor:v0.49.1",
        "hubblo/scaphandre:1.0.0",
        passwordFile);
  }

  static NodeInstallSettings read(
      ConfigNode node, NodeInstallSettings fallback, Function<String, Path> paths) {
    String host = Rules.singleLine(node, "node_host", fallback.host);
    if (!Rules.isHostNameOrAddress(host)) {
      node.problems().add(node.pathOf("node_host"), "must be a host name or an IP address");
    }
    int port = node.integerOr("node_port", fallback.port);
    if (port < 1 || port > 65535) {
      node.problems().add(node.pathOf("node_port"), "must be within 1..65535, got " + port);
    }
    String user = Rules.singleLine(node, "node_user", fallback.user);
    if (user.isBlank() || user.startsWith("-")) {
      node.problems().add(node.pathOf("node_user"), "must be a user name, not empty or '-…'");
    }
    String key = Rules.singleLine(node, "node_ssh_key", null);
    String password = Rules.singleLine(node, "openfaas_password_file", null);
    return new NodeInstallSettings(
        host,
        port,
        user,
        key == null ? fallback.sshKey : paths.apply(key),
        SetupKeys.absolute(node, "node_bin_dir", fallback.binDir),
        SetupKeys.absolute(node, "node_state_dir", fallback.stateDir),
        SetupKeys.version(node, "k3s_version", fallback.k3sVersion),
        SetupKeys.url(node, "k3s_installer_url", fallback.k3sInstallerUrl),
        SetupKeys.sha256(node, "k3s_installer_sha256"),
        SetupKeys.version(node, "helm_version", fallback.helmVersion),
        SetupKeys.url(node, "helm_installer_url", fallback.helmInstallerUrl),
        SetupKeys.sha256(node, "helm_installer_sha256"),
        SetupKeys.url(node, "openfaas_chart_repo", fallback.openfaasChartRepo),
        SetupKeys.version(node, "openfaas_chart_version", fallback.openfaasChartVersion),
        SetupKeys.image(node, "prometheus_image", fallback.prometheusImage),
        SetupKeys.image(node, "node_exporter_image", fallback.nodeExporterImage),
        SetupKeys.image(node, "cadvisor_image", fallback.cadvisorImage),
        SetupKeys.image(node, "scaphandre_image", fallback.scaphandreImage),
        password == null ? fallback.passwordFile : paths.apply(password));
  }

  void print(ObjectNode block) {
    block.put("node_host", host);
    block.put("node_port", port);
    block.put("node_user", user);
    block.put("node_ssh_key", sshKey.toString());
    block.put("node_bin_dir", binDir);
    block.put("node_state_dir", stateDir);
    block.put("k3s_version", k3sVersion);
    block.put("k3s_installer_url", k3sInstallerUrl);
    ConfigPrinter.putOptional(block, "k3s_installer_sha256", k3sInstallerSha256);
    block.put("helm_version", helmVersion);
    block.put("helm_installer_url", helmInstallerUrl);
    ConfigPrinter.putOptional(block, "helm_installer_sha256", helmInstallerSha256);
    block.put("openfaas_chart_repo", openfaasChartRepo);
    block.put("openfaas_chart_version", openfaasChartVersion);
    block.put("prometheus_image", prometheusImage);
    block.put("node_exporter_image", nodeExporterImage);
    block.put("cadvisor_image", cadvisorImage);
    block.put("scaphandre_image", scaphandreImage);
    block.put("openfaas_password_file", passwordFile.toString());
  }

  /** The host of the gateway URL: by default the node is where its gateway is. */
  static String hostOf(String gatewayUrl) {
    try {
      String host = URI.create(gatewayUrl.replace(HostAddress.PLACEHOLDER, "127.0.0.1")).getHost();
      return host == null ? "127.0.0.1" : host;
    } catch (IllegalArgumentException e) {
      // gateway_url's own check reports it; the node's default host does not matter then.
      return "127.0.0.1";
    }
  }
}
