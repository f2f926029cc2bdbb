package org.dfaas.sampler.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.K6Settings;
import org.dfaas.sampler.config.SetupSettings;

/**
 * The use cases of {@code setup} and {@code teardown}: each runs a shipped playbook on the k6 host
 * or the node, extracted for the run into a private folder that is deleted afterwards.
 */
public final class Provisioner {

  private final PlaybookRunner runner;
  private final SetupSettings settings;
  private final K6Settings k6Host;
  private final NodeTarget node;

  /**
   * The node as {@code setup --node} sees it.
   *
   * @param gatewayUrl the gateway, whose port is its NodePort
   * @param prometheusUrl Prometheus, whose port is its NodePort
   * @param scaphandre whether Scaphandre is deployed
   */
  public record NodeTarget(String gatewayUrl, String prometheusUrl, boolean scaphandre) {}

  /**
   * @param runner runs the playbooks
   * @param settings what to install, from where
   * @param k6Host the k6 host: address, user, key, workspace root
   * @param node the node's URLs and parts
   */
  public Provisioner(
      PlaybookRunner runner, SetupSettings settings, K6Settings k6Host, NodeTarget node) {
    this.runner = runner;
    this.settings = settings;
    this.k6Host = k6Host;
    this.node = node;
  }

  /** Installs k6 on the k6 host and creates its workspace root. */
  public SetupReport setupK6Host(boolean check, SetupListener listener) {
    return run(SetupPlaybooks.K6_SETUP, K6HostVars.setup(settings.k6(), k6Host), check, listener);
  }

  /** Removes the workspace root from the k6 host, and k6 too when {@code all}. */
  public SetupReport teardownK6Host(boolean all, boolean check, SetupListener listener) {
    return run(
        SetupPlaybooks.K6_TEARDOWN,
        K6HostVars.teardown(settings.k6(), k6Host, all),
        check,
        listener);
  }

  /**
   * Installs k3s, helm, OpenFaaS and the monitoring on the node, then copies the gateway's password
   * into {@code setup.openfaas_password_file} (0600), never showing it.
   */
  public NodeSetupReport setupNode(boolean check, SetupListener listener) {
    SetupHost host = nodeHost();
    try (SetupPlaybooks playbooks = extract()) {
      Path handover = playbooks.folder().resolve("gateway-password");
      Map<String, Object> vars =
          NodeVars.setup(
              settings.node(),
              node.gatewayUrl(),
              node.prometheusUrl(),
              node.scaphandre(),
              handover);
      List<StepEvent> steps =
          runner.run(playbooks, SetupPlaybooks.NODE_SETUP, "node", host, vars, check, listener);
      SetupReport report = new SetupReport(host.displayName(), steps, check);
      if (check) {
        return new NodeSetupReport(report, null, false);
      }
      Path passwordFile = settings.node().passwordFile();
      return new NodeSetupReport(
          report, passwordFile, PasswordFile.replace(handover, passwordFile));
    } catch (IOException e) {
      throw new SamplerException(
          "cannot write the gateway password to " + settings.node().passwordFile() + ": " + e, e);
    }
  }

  /** Waits until each function's pods are rolled out on the node. */
  public SetupReport awaitFunctions(List<String> names, SetupListener listener) {
    SetupHost host = nodeHost();
    try (SetupPlaybooks playbooks = extract()) {
      List<StepEvent> steps =
          runner.run(
              playbooks,
              SetupPlaybooks.NODE_FUNCTIONS,
              "node",
              host,
              NodeVars.functions(settings.node(), names),
              false,
              listener);
      return new SetupReport(host.displayName(), steps, false);
    } catch (IOException e) {
      throw new SamplerException("cannot delete the extracted playbooks: " + e, e);
    }
  }

  private SetupHost nodeHost() {
    return new SetupHost(
        "node",
        settings.node().host(),
        settings.node().port(),
        settings.node().user(),
        settings.node().sshKey());
  }

  private SetupReport run(
      String playbook, Map<String, Object> vars, boolean check, SetupListener listener) {
    SetupHost host =
        new SetupHost("k6 host", k6Host.host(), k6Host.port(), k6Host.user(), k6Host.sshKey());
    try (SetupPlaybooks playbooks = extract()) {
      List<StepEvent> steps = runner.run(playbooks, playbook, "k6", host, vars, check, listener);
      return new SetupReport(host.displayName(), steps, check);
    } catch (IOException e) {
      throw new SamplerException("cannot delete the extracted playbooks: " + e, e);
    }
  }

  private static SetupPlaybooks extract() {
    try {
      return SetupPlaybooks.extract();
    } catch (IOException e) {
      throw new SamplerException("cannot extract the playbooks into a temporary folder: " + e, e);
    }
  }
}
