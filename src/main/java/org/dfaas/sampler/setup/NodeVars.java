package org.dfaas.sampler.setup;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.NodeInstallSettings;

/** The extra vars of {@code setup_node.yml} and {@code node_functions.yml}. Stateless. */
final class NodeVars {

  static final String OPENFAAS_NAMESPACE = "openfaas";
  static final String FUNCTION_NAMESPACE = "openfaas-fn";

  private NodeVars() {}

  /**
   * @param node what to install, from where
   * @param gatewayUrl the gateway's URL: its port is the gateway's NodePort
   * @param prometheusUrl Prometheus's URL: its port is Prometheus's NodePort
   * @param scaphandre whether Scaphandre is deployed
   * @param passwordHandover the private file on this machine the gateway's password is copied to
   */
  static Map<String, Object> setup(
      NodeInstallSettings node,
      String gatewayUrl,
      String prometheusUrl,
      boolean scaphandre,
      Path passwordHandover) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("node_bin_dir", node.binDir());
    vars.put("node_state_dir", node.stateDir());
    vars.put("k3s_version", node.k3sVersion());
    vars.put("k3s_installer_url", node.k3sInstallerUrl());
    vars.put("k3s_installer_sha256", orEmpty(node.k3sInstallerSha256()));
    vars.put("helm_version", node.helmVersion());
    vars.put("helm_installer_url", node.helmInstallerUrl());
    vars.put("helm_installer_sha256", orEmpty(node.helmInstallerSha256()));
    vars.put("openfaas_chart_repo", node.openfaasChartRepo());
    vars.put("openfaas_chart_version", node.openfaasChartVersion());
    vars.put("openfaas_namespace", OPENFAAS_NAMESPACE);
    vars.put("openfaas_function_namespace", FUNCTION_NAMESPACE);
    vars.put("gateway_node_port", portOf(gatewayUrl, 31112));
    vars.put("prometheus_node_port", portOf(prometheusUrl, 30411));
    vars.put("prometheus_image", node.prometheusImage());
    vars.put("node_exporter_image", node.nodeExporterImage());
    vars.put("cadvisor_image", node.cadvisorImage());
    vars.put("scaphandre_image", node.scaphandreImage());
    vars.put("scaphandre_enabled", scaphandre);
    vars.put("password_handover", passwordHandover.toString());
    return vars;
  }

  static Map<String, Object> functions(NodeInstallSettings node, List<String> names) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("node_bin_dir", node.binDir());
    vars.put("openfaas_function_namespace", FUNCTION_NAMESPACE);
    vars.put("function_names", names);
    return vars;
  }

  /** The URL's port; the NodePort default when it names none. */
  static int portOf(String url, int fallback) {
    int port = URI.create(url).getPort();
    return port > 0 ? port : fallback;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
