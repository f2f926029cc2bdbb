package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.dfaas.sampler.LogCapture;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AnsibleK6Executor} with a fake {@code ansible-playbook} (a shell script): what it is
 * handed, how its exit status is read, and that its files are private and deleted. The real
 * playbook runs in {@link AnsibleIT}.
 */
class AnsibleK6ExecutorTest {

  @TempDir Path dir;

  private final LogCapture log = new LogCapture(K6Output.class);

  @AfterEach
  void stop() {
    log.close();
  }

  private AnsibleK6Executor executor(String ansiblePlaybook) {
    K6ExecutionSettings execution =
        Runs.execution(
            K6ExecutionSettings.Executor.ANSIBLE,
            Path.of("k6"),
            HostKeyPolicy.ACCEPT_NEW,
            dir.resolve("known_hosts"),
            30);
    return new AnsibleK6Executor(
        Runs.settings("k6.example", "u", Path.of("/k"), 22, "/w"),
        execution,
        System::nanoTime,
        ansiblePlaybook);
  }

  /** A fake ansible-playbook running {@code body} after recording its arguments and files. */
  private String fake(String body) throws Exception {
    Path script = dir.resolve("ansible-playbook");
    Files.writeString(
        script,
        String.join(
            "\n",
            "#!/bin/bash",
            "case \"$5\" in *k6_version.yml) echo '  \"msg\": \"k6 version: k6 vfake\"'; exit 0;; esac",
            "printf '%s\\n' \"$@\" > " + dir.resolve("args"),
            "vars=\"${4#@}\"",
            "stat -c '%a %n' \"$2\" \"$vars\" \"$5\" > " + dir.resolve("modes"),
            "cp \"$vars\" " + dir.resolve("vars.json"),
            "dest=$(sed -n 's/.*\"summary_fetch_dest\": !unsafe \"\\([^\"]*\\)\".*/\\1/p' \"$vars\")",
            body,
            ""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  @Test
  void runsThePlaybookWithPrivateFilesAndReadsTheFetchedSummary() throws Exception {
    try (AnsibleK6Executor executor =
        executor(fake("echo 'PLAY [k6]'; echo '{\"metrics\": {}}' > \"$dest\""))) {
      K6RunResult result =
          executor.run(
              Runs.request("cfg1", Runs.settings("k6.example", "u", Path.of("/k"), 22, "/w")));

      assertThat(result.summary()).isEqualToIgnoringWhitespace("{\"metrics\": {}}");
      assertThat(result.configId()).isEqualTo("cfg1");
    }
    List<String> args = Files.readAllLines(dir.resolve("args"));
    assertThat(args.get(0)).isEqualTo("-i");
    assertThat(args.get(4)).endsWith("/run_k6.yml");
    assertThat(Files.readAllLines(dir.resolve("modes"))).allMatch(line -> line.startsWith("600 "));
    assertThat(Files.readString(dir.resolve("vars.json")))
        .contains("\"config_id\": !unsafe \"cfg1\"");
    assertThat(Path.of(args.get(1)).getParent()).doesNotExist();
    assertThat(log.messages())
        .containsExactly(
            "k6[cfg1] log stream started",
            "k6[cfg1] ansible: PLAY [k6]",
            "k6[cfg1] log stream stopped");
  }

  @Test
  void k6sExitCodeComesFromThePlaybooksFailure() throws Exception {
    try (AnsibleK6Executor executor =
        executor(
            fake("echo 'fatal: [k6_host]: FAILED! => {\"msg\": \"k6 exit code 127\"}'; exit 2"))) {
      assertThatThrownBy(
              () ->
                  executor.run(
                      Runs.request("cfg1", Runs.settings("h", "u", Path.of("/k"), 22, "/w"))))
          .isInstanceOfSatisfying(
              K6ExecutionException.class,
              e -> {
                assertThat(e.k6ExitCode()).hasValue(127);
                assertThat(e.stopsCampaign()).as("a missing k6 stops the campaign").isTrue();
                assertThat(e.getMessage())
                    .contains("k6 not found on the host", "apt-get install k6");
              });
    }
  }

  @Test
  void anUnreachableHostIsNamed() throws Exception {
    try (AnsibleK6Executor executor = executor(fake("echo 'UNREACHABLE!'; exit 4"))) {
      assertThatThrownBy(
              () ->
                  executor.run(
                      Runs.request("cfg1", Runs.settings("h", "u", Path.of("/k"), 22, "/w"))))
          .isInstanceOfSatisfying(
              K6ExecutionException.class,
              e -> assertThat(e.stopsCampaign()).as("a host gone stops the campaign").isTrue())
          .hasMessageContaining("unreachable")
          .hasMessageContaining("UNREACHABLE!");
    }
  }

  @Test
  void aMissingSummaryFailsTheRun() throws Exception {
    try (AnsibleK6Executor executor = executor(fake("true"))) {
      assertThatThrownBy(
              () ->
                  executor.run(
                      Runs.request("cfg1", Runs.settings("h", "u", Path.of("/k"), 22, "/w"))))
          .isInstanceOf(K6ExecutionException.class)
          .hasMessageContaining("fetched no summary");
    }
  }

  @Test
  void aMissingAnsiblePlaybookSaysHowToInstallIt() {
    try (AnsibleK6Executor executor =
        executor(dir.resolve("no-such-ansible-playbook").toString())) {
      assertThatThrownBy(
              () ->
                  executor.run(
                      Runs.request("cfg1", Runs.settings("h", "u", Path.of("/k"), 22, "/w"))))
          .isInstanceOf(K6ExecutionException.class)
          .hasMessageContaining("apt-get install ansible-core");
    }
  }

  @Test
  void closeDeletesTheExtractedPlaybook() throws Exception {
    AnsibleK6Executor executor = executor(fake("true"));
    assertThatThrownBy(
            () ->
                executor.run(
                    Runs.request("cfg1", Runs.settings("h", "u", Path.of("/k"), 22, "/w"))))
        .isInstanceOf(K6ExecutionException.class);
    Path folder = Path.of(Files.readAllLines(dir.resolve("args")).get(1)).getParent();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("run_k6.yml", "inventory.yml");
    }

    executor.close();

    assertThat(folder).doesNotExist();
  }
}
