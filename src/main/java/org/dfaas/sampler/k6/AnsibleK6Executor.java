package org.dfaas.sampler.k6;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.config.K6Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs k6 the old tool's way: one {@code ansible-playbook} run of the shipped {@code run_k6.yml}
 * per configuration (compat §10), for users whose k6 hosts are only reachable through their Ansible
 * setup (their {@code ansible.cfg}, SSH config, jump hosts). It costs seconds per run where the
 * {@code ssh} executor costs milliseconds, so it is never the default.
 *
 * <p>k6's version is asked once, before the first run, and logged. The playbook and a generated
 * one-host inventory are extracted to a private temporary folder on first use; each run gets a
 * private folder for the script, the extra vars and the fetched summary, deleted when the run ends.
 * ansible's output is logged live as {@code k6[{config_id}] ansible: {line}}. An encrypted key
 * needs an ssh-agent: ansible cannot be given a passphrase without a prompt, and the executor never
 * writes one anywhere.
 *
 * <p>Thread-safe: each run has its own process and files. A run that outlasts the run timeout plus
 * {@link #MARGIN}, or whose thread is interrupted, has ansible-playbook killed; k6 on the host
 * stops by the run timeout at the latest.
 */
public final class AnsibleK6Executor implements K6Executor {

  /** ansible-playbook's own time beyond k6's: start-up, connections, copy and fetch. */
  static final Duration MARGIN = Duration.ofSeconds(60);

  static final String PLAYBOOK = "run_k6.yml";

  /** The playbook of {@link #version}. */
  static final String VERSION_PLAYBOOK = "k6_version.yml";

  /** The stream name of ansible's lines: {@code k6[{config_id}] ansible: {line}}. */
  static final String STREAM = "ansible";

  private static final Pattern K6_VERSION = Pattern.compile("\"k6 version: ([^\"]*)\"");

  private static final Logger LOG = LoggerFactory.getLogger(AnsibleK6Executor.class);

  /** ansible-playbook's exit status when a host could not be reached or logged into. */
  private static final int UNREACHABLE = 4;

  private static final Pattern K6_EXIT = Pattern.compile("k6 exit code (\\d+)");

  private final K6Settings target;
  private final K6HostFailures failures;
  private final K6ExecutionSettings execution;
  private final LongSupplier nanoTime;
  private final String ansiblePlaybook;
  private final AtomicBoolean versionLogged = new AtomicBoolean();
  private Path folder;

  /**
   * @param target host, port, user and key of the k6 host
   * @param execution binary, host-key policy, known-hosts file and timeouts
   * @param nanoTime the monotonic clock timing each run
   */
  public AnsibleK6Executor(
      K6Settings target, K6ExecutionSettings execution, LongSupplier nanoTime) {
    this(target, execution, nanoTime, "ansible-playbook");
  }

  /** With another {@code ansible-playbook} command, for tests of a missing one. */
  AnsibleK6Executor(
      K6Settings target,
      K6ExecutionSettings execution,
      LongSupplier nanoTime,
      String ansiblePlaybook) {
    this.target = Objects.requireNonNull(target, "target");
    this.failures = new K6HostFailures(target.host());
    this.execution = Objects.requireNonNull(execution, "execution");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.ansiblePlaybook = Objects.requireNonNull(ansiblePlaybook, "ansiblePlaybook");
  }

  @Override
  public K6RunResult run(K6RunRequest request) {
    if (versionLogged.compareAndSet(false, true)) {
      // Once per executor, i.e. per campaign: a playbook run of its own, seconds once.
      LOG.info("k6 on {}: {}", target.host(), version(request.configId()));
    }
    return inRunFolder(request.configId(), (shared, runFolder) -> run(request, shared, runFolder));
  }

  @Override
  public String version() {
    return version(SshK6Executor.CHECK);
  }

  private String version(String configId) {
    return inRunFolder(configId, (shared, runFolder) -> version(configId, shared, runFolder));
  }

  private String version(String configId, Path shared, Path runFolder) {
    Path vars;
    try {
      vars =
          PrivateFiles.write(runFolder, "vars.yml", AnsibleInputs.versionVars(execution.binary()));
    } catch (IOException e) {
      throw failures.failed(configId, null, "", "cannot write the extra vars: " + e, e);
    }
    K6Output output = new K6Output(configId, false);
    int exit =
        runPlaybook(
            configId,
            command(shared, vars, VERSION_PLAYBOOK),
            Duration.ofSeconds(execution.connectTimeoutSeconds()).plus(MARGIN),
            output);
    Matcher version = K6_VERSION.matcher(output.tail());
    // The command module reports a missing binary as Python's ENOENT, not as a shell's 127.
    if (exit != 0 && output.tail().contains("No such file or directory")) {
      throw failures.unavailable(
          configId,
          null,
          output.tail(),
          "k6 ('" + execution.binary() + "') not found on the host: " + K6Install.HINT,
          null);
    }
    if (exit != 0 || !version.find()) {
      throw playbookFailure(configId, exit, output.tail());
    }
    return version.group(1);
  }

  /** What runs in a private folder of its own, beside the shared playbooks and inventory. */
  private interface InRunFolder<T> {
    T run(Path shared, Path runFolder);
  }

  private <T> T inRunFolder(String configId, InRunFolder<T> work) {
    Path shared = folder(configId);
    Path runFolder;
    try {
      runFolder = PrivateFiles.folder(shared, "run-");
    } catch (IOException e) {
      throw failures.failed(configId, null, "", "cannot create a temporary folder: " + e, e);
    }
    try {
      return work.run(shared, runFolder);
    } finally {
      try {
        PrivateFiles.delete(runFolder);
      } catch (IOException e) {
        // The run's outcome matters more than a leftover private folder; say where it is.
        LOG.warn("cannot delete {}: {}", runFolder, e.toString());
      }
    }
  }

  private List<String> command(Path shared, Path vars, String playbook) {
    return List.of(
        ansiblePlaybook,
        "-i",
        shared.resolve("inventory.yml").toString(),
        "-e",
        "@" + vars,
        shared.resolve(playbook).toString());
  }

  private K6RunResult run(K6RunRequest request, Path shared, Path runFolder) {
    String configId = request.configId();
    Path summary = runFolder.resolve(RemoteLayout.SUMMARY);
    Path vars;
    try {
      Path script = PrivateFiles.write(runFolder, RemoteLayout.SCRIPT, request.script().text());
      vars =
          PrivateFiles.write(
              runFolder,
              "vars.yml",
              AnsibleInputs.extraVars(
                  request, execution.binary(), script, summary, execution.runTimeoutSeconds()));
    } catch (IOException e) {
      throw failures.failed(configId, null, "", "cannot write the run's files: " + e, e);
    }
    List<String> command = command(shared, vars, PLAYBOOK);
    K6Output output = new K6Output(configId, request.settings().logStream());
    long start = nanoTime.getAsLong();
    int exit = runPlaybook(configId, command, timeout(), output);
    if (exit != 0) {
      throw playbookFailure(configId, exit, output.tail());
    }
    double seconds = (nanoTime.getAsLong() - start) / 1e9;
    return new K6RunResult(
        readSummary(configId, summary, output), request.script(), configId, seconds);
  }

  /**
   * Runs {@code ansible-playbook} to its end, its output (stdout and stderr merged, as a user sees
   * it in a terminal) handed line by line to {@code output}, and returns its exit status. On
   * timeout or interrupt it is killed with its children; k6 on the host is bounded by the
   * playbook's own {@code timeout}, since killing the local side does not reach it.
   */
  private int runPlaybook(
      String configId, List<String> command, Duration timeout, K6Output output) {
    return new ChildProcess("ansible[" + configId + "]", command)
        .withEnvironment(environment())
        .stdout(new LineSink(output, STREAM))
        .runFor(
            timeout,
            output,
            new ChildProcess.Failures(
                configId,
                failures,
                "ansible-playbook timed out after " + timeout.toSeconds() + " s and was killed",
                "run cancelled; ansible-playbook was killed",
                cause ->
                    failures.failed(
                        configId,
                        null,
                        "",
                        "cannot start '"
                            + command.get(0)
                            + "' ("
                            + cause.getMessage()
                            + "): "
                            + AnsibleInstall.HINT,
                        cause)));
  }

  /** Why the playbook failed, from ansible's exit status and k6's, which the playbook prints. */
  private K6ExecutionException playbookFailure(String configId, int exit, String tail) {
    Matcher k6Exit = K6_EXIT.matcher(tail);
    if (k6Exit.find()) {
      int code = Integer.parseInt(k6Exit.group(1));
      if (code == K6Install.COMMAND_NOT_FOUND) {
        return failures.unavailable(
            configId, code, tail, "k6 not found on the host: " + K6Install.HINT, null);
      }
      String reason =
          switch (code) {
            case 124, 137 ->
                "run timed out after " + execution.runTimeoutSeconds() + " s; k6 was stopped";
            default -> "k6 failed";
          };
      return failures.failed(configId, code, tail, reason, null);
    }
    // ansible-playbook's documented statuses: 4 = host unreachable (refused keys and host keys
    // included), 2 = a task failed. An unreachable host fails every later run too.
    if (exit == UNREACHABLE) {
      return failures.unavailable(
          configId,
          null,
          tail,
          "k6 host unreachable through Ansible (ansible-playbook exit code 4): check the"
              + " address, port, user, key and host key",
          null);
    }
    return failures.failed(
        configId, null, tail, "ansible-playbook failed (exit code " + exit + ")", null);
  }

  /**
   * ansible's settings for an unattended run: output as lines, at once; no retry files or colours
   * in the log. The user's ansible.cfg still applies, as it did with the old tool.
   */
  private static Map<String, String> environment() {
    return Map.of(
        "PYTHONUNBUFFERED", "1",
        "ANSIBLE_NOCOLOR", "1",
        "ANSIBLE_FORCE_COLOR", "0",
        "ANSIBLE_RETRY_FILES_ENABLED", "0");
  }

  private Duration timeout() {
    return Duration.ofSeconds(execution.runTimeoutSeconds()).plus(MARGIN);
  }

  /** The private folder holding the playbook and the inventory, made on first use. */
  private synchronized Path folder(String configId) {
    if (folder != null) {
      return folder;
    }
    try {
      Path made = PrivateFiles.folder("dfaas-ansible-");
      extract(made, PLAYBOOK);
      extract(made, VERSION_PLAYBOOK);
      PrivateFiles.write(made, "inventory.yml", AnsibleInputs.inventory(target, execution));
      folder = made;
      return made;
    } catch (IOException | IllegalArgumentException e) {
      throw failures.failed(configId, null, "", "cannot write the playbook and inventory: " + e, e);
    }
  }

  private static void extract(Path folder, String name) throws IOException {
    try (InputStream playbook = AnsibleK6Executor.class.getResourceAsStream(name)) {
      if (playbook == null) {
        throw new IllegalStateException("the jar lacks the resource " + name);
      }
      PrivateFiles.write(folder, name, new String(playbook.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private String readSummary(String configId, Path summary, K6Output output) {
    String text;
    try {
      text = SummaryCheck.read(summary);
    } catch (NoSuchFileException e) {
      throw failures.failed(configId, 0, output.tail(), "the playbook fetched no summary", e);
    } catch (IOException e) {
      throw failures.failed(configId, 0, output.tail(), "cannot read the fetched summary: " + e, e);
    }
    String problem = SummaryCheck.problem(text);
    if (problem != null) {
      throw failures.failed(configId, 0, output.tail(), problem, null);
    }
    return text;
  }

  /** Deletes the extracted playbook and inventory. */
  @Override
  public synchronized void close() {
    if (folder == null) {
      return;
    }
    try {
      PrivateFiles.delete(folder);
      folder = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
