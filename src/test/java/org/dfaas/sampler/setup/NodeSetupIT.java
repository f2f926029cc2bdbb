package org.dfaas.sampler.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.OpenSshServer;
import org.dfaas.sampler.setup.SetupCli.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setup --node} through the command line, with the real {@code ansible-playbook} and the
 * shipped playbook, against a real OpenSSH sshd on loopback; the k3s and helm installers are served
 * from a loopback HTTP server and install recording stand-ins of k3s, kubectl and helm (see {@link
 * NodeStandIns}). The functions are deployed to the sandbox platform.
 */
@Requires({Tool.ANSIBLE, Tool.OPENSSH})
class NodeSetupIT {

  private static final String PASSWORD = "stand-in-password";

  @TempDir Path dir;

  private OpenSshServer sshd;
  private LoopbackFiles mirror;
  private NodeStandIns standIns;
  private Path binDir;
  private Path touched;
  private Path passwordFile;

  @BeforeEach
  void start() throws Exception {
    sshd = OpenSshServer.start(dir.resolve("sshd"));
    Path mirrored = dir.resolve("mirror");
    standIns = NodeStandIns.write(mirrored, dir);
    Files.createDirectories(mirrored.resolve("charts"));
    Files.writeString(mirrored.resolve("charts/index.yaml"), "apiVersion: v1\nentries: {}\n");
    mirror = new LoopbackFiles(mirrored);
    touched = dir.resolve("touched");
    // A folder name Ansible, a shell or kubectl would run, were it not data.
    binDir =
        dir.resolve("bin {{ lookup('pipe','touch " + touched + "') }} $(touch " + touched + ") '");
    passwordFile = dir.resolve("secrets/gateway-password");
    String k3sSha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(mirrored.resolve(NodeStandIns.K3S_INSTALLER))));
    Files.write(
        dir.resolve("campaign.yaml"),
        List.of(
            "load_generator: builtin",
            "platform: sandbox",
            "metrics_source: sandbox",
            "k6_user: " + System.getProperty("user.name"),
            "k6_ssh_key: " + sshd.clientKey(),
            "k6_known_hosts: " + dir.resolve("known_hosts"),
            "functions: [{name: figlet}]",
            "setup:",
            "  node_host: 127.0.0.1",
            "  node_port: " + sshd.port(),
            "  node_bin_dir: \"" + binDir.toString().replace("\"", "\\\"") + "\"",
            "  node_state_dir: " + dir.resolve("node state"),
            "  k3s_installer_url: " + mirror.url() + "/" + NodeStandIns.K3S_INSTALLER,
            "  k3s_installer_sha256: " + k3sSha,
            "  helm_installer_url: " + mirror.url() + "/" + NodeStandIns.HELM_INSTALLER,
            "  openfaas_chart_repo: " + mirror.url() + "/charts/",
            "  openfaas_password_file: " + passwordFile));
  }

  @AfterEach
  void stop() {
    if (mirror != null) {
      mirror.close();
    }
    if (sshd != null) {
      sshd.close();
    }
  }

  private Outcome cli(String... args) {
    return SetupCli.run(dir, args);
  }

  @Test
  void setupInstallsThePinnedPartsInOrderHandsOverThePasswordAndIsIdempotent() throws Exception {
    Outcome first = cli("setup", "--node", "-c", "campaign.yaml");

    assertThat(first.exit()).as(first.err() + first.out()).isZero();
    assertThat(first.out() + first.err()).doesNotContain(PASSWORD);
    assertThat(first.out())
        .contains("openfaas_password_file: " + passwordFile, "figlet")
        .containsPattern(
            "changed +node 127\\.0\\.0\\.1:\\d+: Run the k3s installer \\(\\d+\\.\\d s\\)");
    assertThat(passwordFile).hasContent(PASSWORD);
    assertThat(Files.getPosixFilePermissions(passwordFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    List<String> programs = standIns.programs();
    assertThat(programs)
        .containsSubsequence("k3s-installer", "helm-installer", "kubectl", "helm", "kubectl");
    List<List<String>> calls = standIns.calls();
    assertThat(calls.get(0))
        .containsExactly(
            "k3s-installer",
            "INSTALL_K3S_VERSION=v1.31.4+k3s1",
            "INSTALL_K3S_BIN_DIR=" + binDir,
            "INSTALL_K3S_EXEC=--write-kubeconfig-mode 600");
    assertThat(calls.get(1))
        .containsExactly(
            "helm-installer",
            "DESIRED_VERSION=v3.16.4",
            "HELM_INSTALL_DIR=" + binDir,
            "VERIFY_CHECKSUM=true");
    List<String> upgrade =
        calls.stream().filter(call -> call.contains("upgrade")).findFirst().orElseThrow();
    assertThat(upgrade)
        .containsSubsequence("--repo", mirror.url() + "/charts/", "--version", "14.2.34")
        .contains(
            "gateway.nodePort=31112", "generateBasicAuth=true", "functionNamespace=openfaas-fn");
    assertThat(String.join("\n", programs))
        .containsSubsequence("kubectl\nkubectl\nkubectl\nkubectl\nkubectl\nhelm\nhelm");
    assertThat(mirror.requested())
        .containsExactly("/" + NodeStandIns.K3S_INSTALLER, "/" + NodeStandIns.HELM_INSTALLER);
    assertThat(touched).doesNotExist();
    String manifests = Files.readString(dir.resolve("node state/monitoring.yaml"));
    assertThat(manifests)
        .contains(
            "nodePort: 30411", "\"prom/node-exporter:v1.8.2\"", "--store_container_labels=true");

    standIns.clear();
    Outcome second = cli("setup", "--node", "-c", "campaign.yaml");

    assertThat(second.exit()).as(second.err() + second.out()).isZero();
    assertThat(second.out())
        .containsPattern("node 127\\.0\\.0\\.1:\\d+: nothing changed")
        .contains("gateway password unchanged in " + passwordFile);
    assertThat(standIns.programs()).doesNotContain("k3s-installer", "helm-installer");
    assertThat(standIns.calls())
        .noneMatch(call -> call.contains("upgrade") || call.contains("create"));
    assertThat(mirror.requested()).hasSize(2);
  }

  @Test
  void checkModeSaysWhatWouldChangeAndInstallsNothing() throws Exception {
    Outcome outcome = cli("setup", "--node", "--check", "-c", "campaign.yaml");

    assertThat(outcome.exit()).as(outcome.err() + outcome.out()).isZero();
    assertThat(outcome.out())
        .contains(
            "would change: ",
            "Say that k3s would be installed",
            "Say that helm would be installed",
            "OpenFaaS would be installed")
        .doesNotContain("openfaas_password_file:");
    assertThat(standIns.programs()).isEmpty();
    assertThat(binDir).doesNotExist();
    assertThat(passwordFile).doesNotExist();
  }

  @Test
  void functionNamesReachKubectlAsData() throws Exception {
    assertThat(cli("setup", "--node", "-c", "campaign.yaml").exit()).isZero();
    standIns.clear();
    SamplerConfig config =
        new ConfigLoader().load(dir.resolve("campaign.yaml"), List.of()).config();
    Provisioner provisioner =
        new Provisioner(
            new PlaybookRunner(Tool.ANSIBLE.path(), config.k6Execution(), Duration.ofMinutes(5)),
            config.setup(),
            config.k6(),
            new Provisioner.NodeTarget(config.gatewayUrl(), config.prometheusUrl(), false));
    List<String> names =
        List.of(
            "fn-{{ lookup('pipe','touch " + touched + "') }}",
            "it's \"quoted\"",
            "$(touch " + touched + ")");

    SetupReport report = provisioner.awaitFunctions(names, step -> {});

    assertThat(report.steps()).isNotEmpty();
    assertThat(standIns.calls())
        .extracting(call -> call.get(3))
        .containsExactly(
            "deployment/" + names.get(0),
            "deployment/" + names.get(1),
            "deployment/" + names.get(2));
    assertThat(touched).doesNotExist();
  }

  @Test
  void aFailedStepNamesTheNodeTheStepAndItsOutput() throws Exception {
    Files.writeString(
        dir.resolve("mirror/" + NodeStandIns.HELM_INSTALLER),
        "#!/bin/sh\necho 'cannot reach get.helm.sh' >&2\nexit 3\n");

    Outcome outcome = cli("setup", "--node", "-c", "campaign.yaml");

    assertThat(outcome.exit()).isEqualTo(1);
    assertThat(outcome.err())
        .containsPattern("the node 127\\.0\\.0\\.1:\\d+ failed at step 'Run the helm installer'")
        .contains("cannot reach get.helm.sh", "run the same command again")
        .doesNotContain("\tat ");
    assertThat(passwordFile).doesNotExist();
  }
}
