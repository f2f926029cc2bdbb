package org.dfaas.sampler.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every playbook the jar ships passes {@code ansible-playbook --syntax-check} and {@code
 * ansible-lint --offline} (its production profile), as extracted for a run.
 */
@Requires({Tool.ANSIBLE, Tool.ANSIBLE_LINT})
class PlaybookLintIT {

  @TempDir Path dir;

  private static List<String> playbooks() {
    return SetupPlaybooks.FILES.stream().filter(name -> name.endsWith(".yml")).toList();
  }

  @Test
  void everyShippedFileIsExtractedAndDeletedAfterwards() throws IOException {
    Path folder;
    try (SetupPlaybooks playbooks = SetupPlaybooks.extract()) {
      folder = playbooks.folder();
      for (String name : SetupPlaybooks.FILES) {
        assertThat(folder.resolve(name)).isRegularFile();
      }
      assertThat(Files.getPosixFilePermissions(folder)).hasSize(3);
    }
    assertThat(folder).doesNotExist();
    assertThat(playbooks()).contains(SetupPlaybooks.K6_SETUP, SetupPlaybooks.K6_TEARDOWN);
  }

  @Test
  void everyPlaybookPassesTheSyntaxCheck() throws Exception {
    try (SetupPlaybooks playbooks = SetupPlaybooks.extract()) {
      for (String playbook : playbooks()) {
        String output =
            run(
                playbooks.folder(),
                Tool.ANSIBLE.path().toString(),
                "--syntax-check",
                "-i",
                "localhost,",
                playbook);
        assertThat(output).contains("playbook: " + playbook);
      }
    }
  }

  @Test
  void everyPlaybookPassesAnsibleLintOffline() throws Exception {
    try (SetupPlaybooks playbooks = SetupPlaybooks.extract()) {
      List<String> command =
          new ArrayList<>(List.of(Tool.ANSIBLE_LINT.path().toString(), "--offline", "--nocolor"));
      command.addAll(playbooks());
      String output = run(playbooks.folder(), command.toArray(String[]::new));
      assertThat(output).contains("Passed", "0 failure(s), 0 warning(s)");
    }
  }

  /** Runs a command in {@code folder}, asserting exit 0, and returns its output. */
  private String run(Path folder, String... command) throws Exception {
    Path log = dir.resolve("output.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    try (Stream<Path> leftovers = Files.list(dir)) {
      assertThat(leftovers).isNotEmpty();
    }
    return output;
  }
}
