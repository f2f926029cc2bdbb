package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@code setup:} block: what {@code setup} installs on the k6 host and the node, at which
 * pinned versions, and from where, so that a lab without internet can mirror every download (and
 * the tests serve them from loopback). Every URL and version is a default a user may override.
 *
 * @param k6 the k6 host's part
 * @param node the node's part
 */
public record SetupSettings(K6InstallSettings k6, NodeInstallSettings node) {

  /** The defaults of a config without a {@code setup:} block, for a node on this machine. */
  public static final SetupSettings DEFAULTS =
      new SetupSettings(
          K6InstallSettings.DEFAULTS,
          NodeInstallSettings.defaults(
              "127.0.0.1", "ubuntu", Path.of("~/.ssh/id_rsa"), Path.of("openfaas-password")));

  public SetupSettings {
    Objects.requireNonNull(k6, "k6");
    Objects.requireNonNull(node, "node");
  }

  /**
   * Reads the block. The node's SSH defaults come from the keys already read: the gateway URL's
   * host, {@code k6_user}, {@code k6_ssh_key}; its password file from {@code
   * openfaas_password_file}, else a file named after the node under {@code
   * ~/.config/dfaas-sampler}.
   */
  static SetupSettings read(
      ConfigNode root,
      K6Settings k6Host,
      String gatewayUrl,
      GatewaySettings gateway,
      Function<String, Path> paths,
      Problems problems) {
    String nodeHost = NodeInstallSettings.hostOf(gatewayUrl);
    NodeInstallSettings nodeDefaults =
        NodeInstallSettings.defaults(
            nodeHost,
            k6Host.user(),
            k6Host.sshKey(),
            gateway.passwordFile() != null
                ? gateway.passwordFile()
                : paths.apply("~/.config/dfaas-sampler/openfaas-password-" + nodeHost));
    ConfigNode node = root.object("setup").orElse(null);
    if (node == null) {
      return new SetupSettings(K6InstallSettings.DEFAULTS, nodeDefaults);
    }
    SetupSettings settings =
        new SetupSettings(
            K6InstallSettings.read(node, problems),
            NodeInstallSettings.read(node, nodeDefaults, paths));
    node.warnUnknownKeys();
    return settings;
  }

  /** The block with every key in force, so that {@code validate}'s output loads again. */
  void print(ObjectNode into) {
    ObjectNode block = into.putObject("setup");
    k6.print(block);
    node.print(block);
  }

  /**
   * {@code k6_binary} as the executors use it: where setup installs k6 when the config names that
   * folder and not the binary, so that k6 is found there PATH or not.
   */
  K6ExecutionSettings binaryFor(ConfigNode root, K6ExecutionSettings execution) {
    boolean dirGiven = root.tree().path("setup").has("k6_install_dir");
    if (!dirGiven || root.has("k6_binary")) {
      return execution;
    }
    return new K6ExecutionSettings(
        execution.executor(),
        k6.installDir() + "/k6",
        execution.hostKeyPolicy(),
        execution.knownHosts(),
        execution.connectTimeoutSeconds(),
        execution.runTimeoutSeconds());
  }
}
