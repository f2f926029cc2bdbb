package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.OptInBenchmark;
import org.dfaas.sampler.Requires;
import org.dfaas.sampler.Tool;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6ExecutionSettings.HostKeyPolicy;
import org.dfaas.sampler.config.K6Settings;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AnsibleK6Executor} with the real {@code ansible-playbook} and the shipped playbook,
 * against a real OpenSSH sshd on loopback, with the k6 stand-in as {@code k6_binary}.
 */
@Requires({Tool.ANSIBLE, Tool.OPENSSH})
class AnsibleIT {

  private static final String CONFIG = "0123456789ab";
  private static final List<RatePair> PAIRS =
      List.of(new RatePair("figlet", 20), new RatePair("qrcode-go", 10));

  @TempDir Path dir;

  private OpenSshBench bench;

  @BeforeEach
  void start() throws Exception {
    bench = OpenSshBench.start(dir);
  }

  @AfterEach
  void stop() {
    if (bench != null) {
      bench.close();
    }
  }

  private K6Settings target() {
    return bench.target();
  }

  private AnsibleK6Executor executor(HostKeyPolicy policy) {
    return executor(policy, 60);
  }

  private AnsibleK6Executor executor(HostKeyPolicy policy, long runTimeoutSeconds) {
    K6ExecutionSettings execution =
        bench.execution(K6ExecutionSettings.Executor.ANSIBLE, policy, runTimeoutSeconds);
    return bench.keep(new AnsibleK6Executor(target(), execution, System::nanoTime));
  }

  private K6Runner runner(HostKeyPolicy policy) {
    return new K6Runner(target(), Fixtures.GATEWAY, Fixtures.DURATION, executor(policy));
  }

  @Test
  void k6RunnerExecuteCallsAnsible() throws Exception {
    Path args = dir.resolve("args.txt");
    bench.standIn().behave(Map.of("STANDIN_ARGS_FILE", args.toString()));
    K6Runner runner = runner(HostKeyPolicy.ACCEPT_NEW);
    K6Script script = runner.buildScript(PAIRS, Fixtures.FUNCTIONS);

    K6RunResult result = runner.execute(CONFIG, script, "node-1", "run-1");
    SortedMap<String, FunctionLoadResult> functions = runner.parseSummary(result, PAIRS);

    assertThat(functions).containsOnlyKeys("figlet", "qrcode-go");
    assertThat(functions.get("figlet").successRate()).isEqualTo(0.99);
    Path workspace = dir.resolve("k6 work 'root'/node-1/run-1/" + CONFIG);
    assertThat(result.summary()).isEqualTo(Files.readString(workspace.resolve("summary.json")));
    assertThat(workspace.resolve("script.js")).hasContent(script.text());
    assertThat(Files.readString(workspace.resolve("k6.log")))
        .contains("summary written", "msg=\"done\"");
    assertThat(Files.readAllLines(args))
        .containsExactly(
            "--summary-export",
            workspace.resolve("summary.json").toString(),
            "--out",
            "json=out.json",
            "--tag",
            "run=r1",
            workspace.resolve("script.js").toString());
    // accept-new recorded the host's key (hashed or not, as the machine's ssh_config says).
    String hostKey = Files.readString(bench.sshd().hostPublicKey()).split(" ")[1];
    assertThat(Files.readString(bench.knownHosts())).contains(hostKey);
  }

  @Test
  void valuesThatLookLikeTemplatesReachK6AsDataAndRunNothing() throws Exception {
    Path args = dir.resolve("args.txt");
    Path touched = dir.resolve("touched");
    String lookup = "{{ lookup('pipe','touch " + touched + "') }}";
    bench.standIn().behave(Map.of("STANDIN_ARGS_FILE", args.toString()));
    K6Settings hostile =
        new K6Settings(
            "127.0.0.1",
            System.getProperty("user.name"),
            bench.sshd().clientKey(),
            bench.sshd().port(),
            dir.resolve("root {# x #}").toString(),
            true,
            List.of("json=" + lookup),
            Map.of("t", lookup, "{% if true %}k{% endif %}", "v"));

    executor(HostKeyPolicy.ACCEPT_NEW).run(Runs.request(CONFIG, hostile));

    assertThat(touched).doesNotExist();
    assertThat(Files.readAllLines(args))
        .contains("json=" + lookup, "t=" + lookup, "{% if true %}k{% endif %}=v");
  }

  @Test
  void k6RunnerStartsLogStream() {
    K6Runner runner = runner(HostKeyPolicy.ACCEPT_NEW);

    runner.execute(CONFIG, runner.buildScript(PAIRS, Fixtures.FUNCTIONS), "node-1", "run-1");

    List<String> lines = bench.log().messages();
    int started = lines.indexOf("k6[" + CONFIG + "] log stream started");
    int stopped = lines.indexOf("k6[" + CONFIG + "] log stream stopped");
    int task = indexOf(lines, "k6[" + CONFIG + "] ansible: TASK [Run k6]");
    int k6Line = indexOf(lines, "summary written");
    int recap = indexOf(lines, "k6[" + CONFIG + "] ansible: PLAY RECAP");
    assertThat(started).isNotNegative();
    assertThat(List.of(started, task, k6Line, recap, stopped)).isSorted().doesNotHaveDuplicates();
    assertThat(lines.subList(started + 1, stopped))
        .allMatch(line -> line.startsWith("k6[" + CONFIG + "] ansible: "));
  }

  @Test
  void aFailedK6CarriesItsExitCodeAndTheTailOfAnsiblesOutput() {
    bench.standIn().behave(Map.of("STANDIN_EXIT", "3"));

    assertThatThrownBy(() -> executor(HostKeyPolicy.ACCEPT_NEW).run(Runs.request(CONFIG, target())))
        .isInstanceOfSatisfying(
            K6ExecutionException.class,
            e -> {
              assertThat(e.k6ExitCode()).hasValue(3);
              assertThat(e.getMessage()).contains("k6 failed", "127.0.0.1");
              assertThat(e.outputTail()).contains("k6 exit code 3");
            });
  }

  @Test
  void k6IsStoppedOnTheHostAtTheRunTimeout() throws Exception {
    Path pidFile = dir.resolve("standin.pid");
    bench.standIn().behave(Map.of("STANDIN_HANG", "1", "STANDIN_PID_FILE", pidFile.toString()));
    AnsibleK6Executor executor = executor(HostKeyPolicy.ACCEPT_NEW, 2);

    assertThatThrownBy(() -> executor.run(Runs.request(CONFIG, target())))
        .isInstanceOfSatisfying(
            K6ExecutionException.class,
            e -> {
              assertThat(e.getMessage()).contains("run timed out after 2 s");
              assertThat(e.k6ExitCode()).hasValue(124);
            });
    ProcessHandle k6 =
        ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElse(null);
    assertThat(k6 == null || !k6.isAlive()).isTrue();
  }

  @Test
  void theOnceCommandRunsThroughAnsible() throws Exception {
    JsonNode result = OnceOverSsh.run(dir, bench.sshd(), bench.standIn(), "ansible");

    assertThat(result.at("/functions/figlet/request_count").asDouble()).isEqualTo(100);
  }

  @Test
  void versionIsAskedThroughThePlaybook() {
    assertThat(executor(HostKeyPolicy.ACCEPT_NEW).version())
        .isEqualTo("k6 v0.54.0 (go1.23.1, linux/amd64)");
  }

  @Test
  void aMissingK6IsNamedWithHowToInstallIt() {
    AnsibleK6Executor executor =
        new AnsibleK6Executor(
            target(),
            Runs.execution(
                K6ExecutionSettings.Executor.ANSIBLE,
                dir.resolve("no k6"),
                HostKeyPolicy.ACCEPT_NEW,
                bench.knownHosts(),
                60),
            System::nanoTime);
    bench.keep(executor);

    assertThatThrownBy(() -> executor.run(Runs.request(CONFIG, target())))
        .isInstanceOf(K6ExecutionException.class)
        .hasMessageContaining("not found on the host")
        .hasMessageContaining("apt-get install k6");
  }

  @Test
  void strictRefusesAHostNotInTheKnownHostsFile() throws Exception {
    Files.writeString(bench.knownHosts(), "");

    assertThatThrownBy(() -> executor(HostKeyPolicy.STRICT).run(Runs.request(CONFIG, target())))
        .isInstanceOfSatisfying(
            K6ExecutionException.class,
            e -> {
              assertThat(e.getMessage()).contains("unreachable");
              assertThat(e.outputTail()).contains("Host key verification failed");
            });
  }

  /**
   * The per-run cost of the ansible executor next to the ssh executor, against the same sshd with a
   * stand-in that exits at once: medians of {@value #BENCHMARK_RUNS} runs after one warm-up each.
   * Slow (seconds per ansible run), so only with {@code -Dbenchmark=true}; it prints and asserts
   * nothing about time.
   */
  @Test
  @OptInBenchmark
  void perRunCostOfAnsibleNextToSsh() throws Exception {
    bench.standIn().behave(Map.of("STANDIN_LINES", "0"));
    K6Settings quiet =
        new K6Settings(
            "127.0.0.1",
            System.getProperty("user.name"),
            bench.sshd().clientKey(),
            bench.sshd().port(),
            dir.resolve("bench").toString(),
            false,
            List.of(),
            Map.of());
    K6RunRequest request = Runs.request(CONFIG, quiet);
    K6ExecutionSettings sshExecution =
        bench.execution(K6ExecutionSettings.Executor.SSH, HostKeyPolicy.ACCEPT_NEW, 60);
    double ssh;
    try (SshK6Executor sshExecutor =
        new SshK6Executor(quiet, sshExecution, Map.of(), System::nanoTime)) {
      ssh = medianMillis(() -> sshExecutor.run(request));
    }
    AnsibleK6Executor ansible =
        new AnsibleK6Executor(
            quiet,
            bench.execution(K6ExecutionSettings.Executor.ANSIBLE, HostKeyPolicy.ACCEPT_NEW, 60),
            System::nanoTime);
    bench.keep(ansible);
    double viaAnsible = medianMillis(() -> ansible.run(request));
    Path script = dir.resolve("bench/node-1/run-1/" + CONFIG + "/script.js");
    double alone =
        medianMillis(
            () -> {
              Process process =
                  new ProcessBuilder(
                          bench.standIn().binary().toString(),
                          "run",
                          "--summary-export",
                          dir.resolve("local-summary.json").toString(),
                          script.toString())
                      .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                      .redirectError(ProcessBuilder.Redirect.DISCARD)
                      .start();
              assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            });
    System.err.printf(
        "per run (median of %d, load average %.2f): stand-in alone %.1f ms; ssh executor %.1f ms;"
            + " ansible executor %.1f ms (%.1fx ssh)%n",
        BENCHMARK_RUNS,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        alone,
        ssh,
        viaAnsible,
        viaAnsible / ssh);
    assertThat(viaAnsible).isPositive();
  }

  private static final int BENCHMARK_RUNS = 20;

  /** A step of the benchmark. */
  private interface Step {
    void run() throws Exception;
  }

  private static double medianMillis(Step step) throws Exception {
    step.run();
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < BENCHMARK_RUNS; i++) {
      long start = System.nanoTime();
      step.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    int n = millis.size();
    return n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }
}
