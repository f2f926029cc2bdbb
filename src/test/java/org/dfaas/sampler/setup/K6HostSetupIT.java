package org.dfaas.sampler.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.k6.OpenSshServer;
import org.dfaas.sampler.k6.StandIn;
import org.dfaas.sampler.setup.SetupCli.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setup --k6-host} and {@code teardown} through the command line, with the real {@code
 * ansible-playbook} and the shipped playbooks, against a real OpenSSH sshd on loopback: k6 (the
 * stand-in, packed as k6's releases are) is downloaded from a loopback HTTP server, verified and
 * installed into a folder the test names.
 */
@Requires({Tool.ANSIBLE, Tool.OPENSSH})
class K6HostSetupIT {

  private static final String VERSION = "0.54.0";

  @TempDir Path dir;

  private OpenSshServer sshd;
  private LoopbackFiles mirror;
  private String arch;
  private String tarballName;
  private String sha256;
  private Path installDir;
  private Path workspace;
  private Path touched;

  @BeforeEach
  void start() throws Exception {
    sshd = OpenSshServer.start(dir.resolve("sshd"));
    arch = System.getProperty("os.arch").equals("aarch64") ? "arm64" : "amd64";
    tarballName = "k6-v" + VERSION + "-linux-" + arch + ".tar.gz";
    Path mirrored = dir.resolve("mirror");
    sha256 = packStandIn(mirrored);
    Files.writeString(
        mirrored.resolve("k6-v" + VERSION + "-checksums.txt"),
        "0".repeat(64)
            + "  k6-v"
            + VERSION
            + "-linux-other.tar.gz\n"
            + sha256
            + "  "
            + tarballName
            + "\n");
    mirror = new LoopbackFiles(mirrored);
    installDir = dir.resolve("k6 bin");
    touched = dir.resolve("touched");
    // A folder name Ansible would template, were it not data.
    workspace = dir.resolve("ws {{ lookup('pipe','touch " + touched + "') }}");
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

  /** The stand-in as k6's release tarball holds k6; returns the tarball's SHA-256. */
  private String packStandIn(Path mirrored) throws Exception {
    Path staging = dir.resolve("staging");
    String top = "k6-v" + VERSION + "-linux-" + arch;
    StandIn standIn = StandIn.installIn(staging.resolve(top));
    Files.move(standIn.binary(), staging.resolve(top).resolve("k6"));
    Files.createDirectories(mirrored);
    Path tarball = mirrored.resolve(tarballName);
    Process tar =
        new ProcessBuilder("tar", "-czf", tarball.toString(), "-C", staging.toString(), top)
            .redirectErrorStream(true)
            .start();
    assertThat(tar.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes())).isZero();
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(tarball)));
  }

  private Outcome cli(Map<String, String> env, String... args) {
    return SetupCli.run(dir, env, args);
  }

  private Outcome cli(String... args) {
    return SetupCli.run(dir, args);
  }

  /** The config of this host; each of {@code setupKeys} ({@code key: value}) replaces a default. */
  private void writeConfig(int port, String... setupKeys) throws Exception {
    Map<String, String> setup = new LinkedHashMap<>();
    setup.put("k6_source", "tarball");
    setup.put("k6_version", VERSION);
    setup.put("k6_tarball_url", mirror.url() + "/k6-v{version}-linux-{arch}.tar.gz");
    setup.put("k6_checksums_url", mirror.url() + "/k6-v{version}-checksums.txt");
    setup.put("k6_install_dir", installDir.toString());
    for (String line : setupKeys) {
      setup.put(
          line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).strip());
    }
    List<String> lines =
        new ArrayList<>(
            List.of(
                "load_generator: k6",
                "platform: sandbox",
                "metrics_source: sandbox",
                "k6_host: 127.0.0.1",
                "k6_port: " + port,
                "k6_user: " + System.getProperty("user.name"),
                "k6_ssh_key: " + sshd.clientKey(),
                "k6_known_hosts: " + dir.resolve("known_hosts"),
                "k6_workspace_root: \"" + workspace + "\"",
                "functions: [{name: figlet}]",
                "setup:"));
    setup.forEach((key, value) -> lines.add("  " + key + ": " + value));
    Files.write(dir.resolve("campaign.yaml"), lines);
  }

  @Test
  void setupInstallsK6CheckPassesAndASecondRunChangesNothing() throws Exception {
    writeConfig(sshd.port());

    Outcome first = cli("setup", "--k6-host", "-c", "campaign.yaml");

    assertThat(first.exit()).as(first.err() + first.out()).isZero();
    assertThat(first.out())
        .containsPattern(
            "changed +k6 host 127\\.0\\.0\\.1:\\d+: Install the k6 binary \\(\\d+\\.\\d s\\)")
        .containsPattern("k6 host 127\\.0\\.0\\.1:\\d+: \\d+ steps changed: ");
    assertThat(installDir.resolve("k6")).isExecutable();
    assertThat(Files.isDirectory(workspace)).isTrue();
    assertThat(touched).doesNotExist();
    assertThat(mirror.requested())
        .containsExactly("/" + tarballName, "/k6-v" + VERSION + "-checksums.txt");

    Outcome check = cli("check", "-c", "campaign.yaml");
    assertThat(check.exit()).as(check.err() + check.out()).isZero();
    assertThat(check.out()).containsPattern("k6 +OK .*k6 v" + VERSION);

    Outcome second = cli("setup", "--k6-host", "-c", "campaign.yaml");
    assertThat(second.exit()).as(second.err() + second.out()).isZero();
    assertThat(second.out()).contains(": nothing changed (").doesNotContain("changed  ");
    assertThat(mirror.requested()).hasSize(2);
  }

  @Test
  void aWrongChecksumFailsNamingTheFileAndInstallsNothing() throws Exception {
    writeConfig(sshd.port(), "k6_sha256: {" + arch + ": \"" + "ab".repeat(32) + "\"}");

    Outcome outcome = cli("setup", "--k6-host", "-c", "campaign.yaml");

    assertThat(outcome.exit()).isEqualTo(1);
    assertThat(outcome.err())
        .contains(
            "the k6 host 127.0.0.1:"
                + sshd.port()
                + " failed at step 'Verify the tarball's SHA-256'",
            tarballName + ": its SHA-256 " + sha256 + " does not match " + "ab".repeat(32),
            "setup.k6_sha256." + arch,
            "nothing was installed",
            "hint: fix the cause and run the same command again")
        .doesNotContain("Exception", "\tat ");
    assertThat(installDir.resolve("k6")).doesNotExist();
  }

  @Test
  void aChecksumMissingFromTheReleaseFileFailsToo() throws Exception {
    writeConfig(sshd.port());
    Files.writeString(
        dir.resolve("mirror/k6-v" + VERSION + "-checksums.txt"), "cafe  other.tar.gz\n");

    Outcome outcome = cli("setup", "--k6-host", "-c", "campaign.yaml");

    assertThat(outcome.exit()).isEqualTo(1);
    assertThat(outcome.err())
        .contains(tarballName + ": its SHA-256 " + sha256 + " does not match any entry");
    assertThat(installDir.resolve("k6")).doesNotExist();
  }

  @Test
  void checkModeSaysWhatWouldChangeAndChangesNothing() throws Exception {
    writeConfig(sshd.port());

    Outcome outcome = cli("setup", "--k6-host", "--check", "-c", "campaign.yaml");

    assertThat(outcome.exit()).as(outcome.err() + outcome.out()).isZero();
    assertThat(outcome.out())
        .contains("would change: ", "Say what would be installed", "Create the workspace root");
    assertThat(installDir).doesNotExist();
    assertThat(workspace).doesNotExist();
  }

  @Test
  void teardownRemovesTheWorkspaceAndWithAllK6() throws Exception {
    writeConfig(sshd.port());
    assertThat(cli("setup", "--k6-host", "-c", "campaign.yaml").exit()).isZero();

    Outcome workspaceOnly = cli("teardown", "-c", "campaign.yaml");
    assertThat(workspaceOnly.exit()).as(workspaceOnly.err()).isZero();
    assertThat(workspace).doesNotExist();
    assertThat(installDir.resolve("k6")).exists();

    Outcome all = cli("teardown", "--all", "-c", "campaign.yaml");
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.out()).contains("changed: Remove k6 from the install folder");
    assertThat(installDir.resolve("k6")).doesNotExist();
    assertThat(touched).doesNotExist();
  }

  @Test
  void anUnreachableHostIsNamedWithExit1() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    writeConfig(closed);

    for (String command : List.of("setup", "teardown")) {
      Outcome outcome = cli(command, "-c", "campaign.yaml");
      assertThat(outcome.exit()).as(outcome.err()).isEqualTo(1);
      assertThat(outcome.err())
          .contains("cannot reach the k6 host 127.0.0.1:" + closed)
          .doesNotContain("\tat ");
    }
  }

  @Test
  void withoutAnsiblePlaybookBothCommandsSayHowToInstallIt() throws Exception {
    writeConfig(sshd.port());
    Path empty = Files.createDirectories(dir.resolve("empty-path"));

    for (String command : List.of("setup", "teardown")) {
      Outcome outcome = cli(Map.of("PATH", empty.toString()), command, "-c", "campaign.yaml");
      assertThat(outcome.exit()).isEqualTo(2);
      assertThat(outcome.err())
          .contains("ansible-playbook not found", "apt-get install ansible-core")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void aBadSetupBlockIsRefusedBeforeAnythingRuns() throws Exception {
    writeConfig(sshd.port(), "k6_source: yum", "k6_sha256: {amd64: nothex}");

    for (String command : List.of("setup", "teardown")) {
      Outcome outcome = cli(command, "-c", "campaign.yaml");
      assertThat(outcome.exit()).isEqualTo(2);
      assertThat(outcome.err())
          .contains("setup.k6_source", "apt, tarball", "setup.k6_sha256.amd64")
          .doesNotContain("\tat ");
    }
    assertThat(mirror.requested()).isEmpty();
  }
}
