package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dfaas.sampler.config.RefusedConfig.assertRefusedNaming;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code setup:} block: pinned defaults, overrides, checks, and its printed form. */
class SetupSettingsTest {

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  private SamplerConfig load(String yaml) {
    return loader.load("setup.yaml", yaml, List.of()).config();
  }

  @Test
  void withoutABlockEveryDownloadIsPinnedAndTheNodeIsTheGatewaysHost() {
    SamplerConfig config =
        load("gateway_url: http://10.0.0.7:31112\nk6_user: lab\nk6_ssh_key: ~/.ssh/lab");

    SetupSettings setup = config.setup();
    assertThat(setup.k6().version()).isEqualTo("0.54.0");
    assertThat(setup.k6().source()).isEqualTo(K6InstallSettings.Source.APT);
    assertThat(setup.k6().installDir()).isEqualTo("/usr/local/bin");
    assertThat(setup.node().host()).isEqualTo("10.0.0.7");
    assertThat(setup.node().user()).isEqualTo("lab");
    assertThat(setup.node().sshKey()).isEqualTo(Path.of("/home/tester/.ssh/lab"));
    assertThat(setup.node().k3sVersion()).isEqualTo("v1.31.4+k3s1");
    assertThat(setup.node().passwordFile())
        .isEqualTo(Path.of("/home/tester/.config/dfaas-sampler/openfaas-password-10.0.0.7"));
    // k6 stays whatever the login shell finds unless the config names where setup puts it.
    assertThat(config.k6Execution().binary()).isEqualTo("k6");
  }

  @Test
  void anInstallDirIsWhereTheExecutorsRunK6FromUnlessK6BinarySaysOtherwise() {
    assertThat(load("setup: {k6_install_dir: /opt/k6}").k6Execution().binary())
        .isEqualTo("/opt/k6/k6");
    assertThat(
            load("k6_binary: /usr/bin/k6\nsetup: {k6_install_dir: /opt/k6}").k6Execution().binary())
        .isEqualTo("/usr/bin/k6");
  }

  @Test
  void overridesAreReadAndPrintedSoThatTheOutputLoadsAgain() {
    SamplerConfig config =
        load(
            """
            openfaas_password_file: ~/pw
            setup:
              k6_source: tarball
              k6_version: 0.55.0
              k6_tarball_url: http://mirror:8080/k6/k6-v{version}-linux-{arch}.tar.gz
              k6_sha256: {amd64: %s}
              node_host: node-1
              node_port: 2222
              k3s_installer_sha256: %s
            """
                .formatted("AB".repeat(32), "cd".repeat(32)));

    SetupSettings setup = config.setup();
    assertThat(setup.k6().sha256()).isEqualTo(Map.of("amd64", "ab".repeat(32)));
    assertThat(setup.node().passwordFile()).isEqualTo(Path.of("/home/tester/pw"));
    String printed = ConfigPrinter.toYaml("setup.yaml", config);
    assertThat(printed).contains("k6_source: tarball", "node_port: 2222", "k3s_installer_sha256");
    assertThat(loader.load("again.yaml", printed, List.of()).config().setup()).isEqualTo(setup);
    assertThat(loader.load("again.yaml", printed, List.of()).config().k6Execution().binary())
        .isEqualTo(config.k6Execution().binary());
  }

  @Test
  void refusesWhatCannotBeInstalled() {
    assertRefusedNaming(() -> load("setup: {k6_source: yum}"), "setup.k6_source", "apt, tarball");
    assertRefusedNaming(
        () -> load("setup: {k6_sha256: {x86: " + "a".repeat(64) + "}}"),
        "setup.k6_sha256.x86",
        "amd64 or arm64");
    assertRefusedNaming(
        () -> load("setup: {k6_sha256: {arm64: abc}}"), "setup.k6_sha256.arm64", "64 hexadecimal");
    assertRefusedNaming(
        () -> load("setup: {k6_version: v0.54.0}"), "setup.k6_version", "without its 'v'");
    assertRefusedNaming(
        () -> load("setup: {k6_install_dir: bin}"), "setup.k6_install_dir", "absolute path");
    assertRefusedNaming(
        () -> load("setup: {k6_tarball_url: \"ftp://m/k6-{version}.tgz\"}"),
        "setup.k6_tarball_url",
        "http");
    assertRefusedNaming(
        () -> load("setup: {cadvisor_image: \"x; rm -rf /\"}"),
        "setup.cadvisor_image",
        "image reference");
  }
}
