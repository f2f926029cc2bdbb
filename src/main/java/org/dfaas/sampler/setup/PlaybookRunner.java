package org.dfaas.sampler.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.K6ExecutionSettings;
import org.dfaas.sampler.k6.AnsibleInputs;
import org.dfaas.sampler.k6.ChildProcess;
import org.dfaas.sampler.k6.PrivateFiles;
import org.dfaas.sampler.k6.UnsafeYaml;

/**
 * Runs one shipped playbook on one host through {@code ansible-playbook}, in the same child-process
 * class the Ansible executor uses: a one-host inventory and the extra vars as YAML files in a
 * private folder, every value tagged {@code !unsafe}; the shipped callback turns Ansible's output
 * into {@link StepEvent}s. A failed step ends in a {@link SamplerException} (exit 1) naming the
 * host, the step and the last lines of its output.
 */
public final class PlaybookRunner {

  /** The inventory name of the one host of each run. */
  private static final String INVENTORY_HOST = "target";

  private final Path ansiblePlaybook;
  private final K6ExecutionSettings ssh;
  private final Duration timeout;

  /**
   * @param ansiblePlaybook the program
   * @param ssh the host-key policy, known-hosts file and connect timeout of every host
   * @param timeout the longest one playbook may run before it is killed
   */
  public PlaybookRunner(Path ansiblePlaybook, K6ExecutionSettings ssh, Duration timeout) {
    this.ansiblePlaybook = ansiblePlaybook;
    this.ssh = ssh;
    this.timeout = timeout;
  }

  /**
   * Runs {@code playbook} on {@code host} for the play's {@code group}, with {@code vars}.
   *
   * @param check Ansible's check mode: report what would change, change nothing
   * @return every step, in order
   * @throws SamplerException exit 1 when a step failed, the host was unreachable or the playbook
   *     outlasted its timeout
   */
  List<StepEvent> run(
      SetupPlaybooks playbooks,
      String playbook,
      String group,
      SetupHost host,
      Map<String, Object> vars,
      boolean check,
      SetupListener listener) {
    Path runFolder;
    Path inventory;
    Path varsFile;
    try {
      runFolder = PrivateFiles.folder(playbooks.folder(), "run-");
      inventory =
          PrivateFiles.write(
              runFolder,
              "inventory.yml",
              AnsibleInputs.inventory(
                  group,
                  INVENTORY_HOST,
                  host.address(),
                  host.port(),
                  host.user(),
                  host.key(),
                  ssh));
      Map<String, Object> all = new java.util.LinkedHashMap<>(vars);
      all.put("setup_become", host.needsBecome());
      varsFile = PrivateFiles.write(runFolder, "vars.yml", UnsafeYaml.variables(all) + "\n");
    } catch (IOException e) {
      throw new SamplerException("cannot write the playbook's inventory and vars: " + e, e);
    }
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            ansiblePlaybook.toString(),
            "-i",
            inventory.toString(),
            "-e",
            "@" + varsFile,
            playbooks.playbook(playbook).toString()));
    if (check) {
      command.add("--check");
    }
    StepLines lines = new StepLines(Map.of(INVENTORY_HOST, host.displayName()), listener);
    OptionalInt exit;
    try {
      exit =
          new ChildProcess("ansible[" + playbook + "]", command)
              .withEnvironment(environment(playbooks))
              .stdout(lines.sink())
              .run(timeout);
    } catch (IOException e) {
      throw new SamplerException(
          "cannot start " + ansiblePlaybook + ": " + e.getMessage(),
          ExitCode.BAD_INPUT,
          AnsiblePlaybook.HINT,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SamplerException(
          "setup of the " + host.displayName() + " was interrupted; ansible-playbook was killed",
          ExitCode.INTERRUPTED,
          "run it again: steps already done are skipped",
          e);
    }
    List<StepEvent> steps = lines.steps();
    if (exit.isEmpty()) {
      throw new SamplerException(
          "setup of the "
              + host.displayName()
              + " timed out after "
              + timeout.toMinutes()
              + " min; ansible-playbook was killed"
              + lastStep(steps),
          ExitCode.RUNTIME_FAILURE,
          "run it again: steps already done are skipped",
          null);
    }
    if (exit.getAsInt() != 0) {
      throw failure(host, steps, lines.otherLines(), exit.getAsInt());
    }
    return steps;
  }

  private static String lastStep(List<StepEvent> steps) {
    return steps.isEmpty() ? "" : " (last step done: " + steps.get(steps.size() - 1).step() + ")";
  }

  private static SamplerException failure(
      SetupHost host, List<StepEvent> steps, List<String> otherLines, int exit) {
    StepEvent failed = null;
    for (StepEvent step : steps) {
      if (step.status().failed()) {
        failed = step;
      }
    }
    StringBuilder message = new StringBuilder();
    if (failed == null) {
      message
          .append("ansible-playbook failed on the ")
          .append(host.displayName())
          .append(" (exit code ")
          .append(exit)
          .append(") before any step failed");
      otherLines.forEach(line -> message.append("\n  ").append(line));
    } else {
      message
          .append(failed.status() == StepEvent.Status.UNREACHABLE ? "cannot reach the " : "")
          .append(failed.status() == StepEvent.Status.UNREACHABLE ? "" : "the ")
          .append(host.displayName())
          .append(
              failed.status() == StepEvent.Status.UNREACHABLE ? " at step '" : " failed at step '")
          .append(failed.step())
          .append("': ")
          .append(failed.message().strip());
      failed.output().forEach(line -> message.append("\n  ").append(line));
    }
    return new SamplerException(
        message.toString(),
        ExitCode.RUNTIME_FAILURE,
        "fix the cause and run the same command again: steps already done are skipped",
        null);
  }

  /**
   * Ansible's settings for these runs: the shipped callback writes the output, one line per step;
   * no colours or retry files. The user's ansible.cfg still applies otherwise.
   */
  private static Map<String, String> environment(SetupPlaybooks playbooks) {
    return Map.of(
        "PYTHONUNBUFFERED", "1",
        "ANSIBLE_STDOUT_CALLBACK", "dfaas_steps",
        "ANSIBLE_CALLBACK_PLUGINS", playbooks.folder().resolve(SetupPlaybooks.CALLBACKS).toString(),
        "ANSIBLE_NOCOLOR", "1",
        "ANSIBLE_FORCE_COLOR", "0",
        "ANSIBLE_RETRY_FILES_ENABLED", "0");
  }
}
