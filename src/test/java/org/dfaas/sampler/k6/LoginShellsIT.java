package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.Executor;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.dfaas.sampler.config.K6Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both remote executors against real OpenSSH users whose login shells are bash, dash, fish and tcsh
 * (the csh family), with k6 tags holding every character a shell reads as syntax: the run works,
 * each tag reaches k6 as written, and no tag runs as a command (the marker file never appears).
 */
@Requires({Tool.OPENSSH, Tool.LOGIN_SHELLS, Tool.ANSIBLE})
class LoginShellsIT {

  @TempDir Path dir;

  private OpenSshBench bench;

  @AfterEach
  void stop() {
    if (bench != null) {
      bench.close();
    }
  }

  private static Map<String, String> hostileTags(Path marker) {
    String touch = "touch " + marker;
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("a", "x\\");
    tags.put("b", "(" + touch + ") #");
    tags.put("c", "'; " + touch + "; '");
    tags.put("d", "\"; " + touch + "; \"");
    tags.put("e", "$(" + touch + ")");
    tags.put("f", "`" + touch + "`");
    tags.put("g", "x\n" + touch + "\n");
    tags.put("h", "\\'; " + touch + " #");
    tags.put("i", "ends with a backslash \\\\");
    return tags;
  }

  @ParameterizedTest(name = "{0} executor, login shell {1}")
  @CsvSource({
    "SSH, bash",
    "SSH, dash",
    "SSH, fish",
    "SSH, tcsh",
    "ANSIBLE, bash",
    "ANSIBLE, dash",
    "ANSIBLE, fish",
    "ANSIBLE, tcsh"
  })
  void hostileTagsReachK6AsDataUnderAnyLoginShell(Executor kind, String shell) throws Exception {
    String user = LoginShellUsers.user(shell);
    bench = OpenSshBench.start(dir);
    Path shared = dir.resolve("shared");
    LoginShellUsers.share(dir, shared);
    Path marker = shared.resolve("PWNED");
    Path args = shared.resolve("args.txt");
    bench.standIn().behave(Map.of("STANDIN_ARGS_FILE", args.toString()));
    Map<String, String> tags = hostileTags(marker);
    K6Settings target =
        new K6Settings(
            "127.0.0.1",
            user,
            bench.sshd().clientKey(),
            bench.sshd().port(),
            shared.resolve("k6 work 'root'").toString(),
            true,
            List.of(),
            tags);
    K6ExecutionSettings execution = bench.execution(kind, HostKeyPolicy.ACCEPT_NEW, 60);
    K6Executor executor =
        bench.keep(
            kind == Executor.SSH
                ? new SshK6Executor(target, execution, Map.of(), System::nanoTime)
                : new AnsibleK6Executor(target, execution, System::nanoTime));

    K6RunResult result = executor.run(Runs.request("0123456789ab", target));

    assertThat(result.summary()).contains("metrics");
    assertThat(marker).as("a tag ran as a command").doesNotExist();
    List<String> expected = new ArrayList<>();
    tags.forEach((name, value) -> expected.add(name + "=" + value));
    String received = Files.readString(args);
    for (String tag : expected) {
      assertThat(received).as("tag reaches k6 as written").contains("--tag\n" + tag + "\n");
    }
  }
}
