package org.dfaas.sampler.k6;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.NonNull;
import org.dfaas.sampler.config.K6Settings;
import org.dfaas.sampler.config.LoadDuration;

/**
 * Everything a {@link K6Executor} needs for one run: which script, for which configuration, where
 * (the k6 settings), and for how long, so that executors hold no campaign state of their own.
 *
 * @param configId the id of the configuration that runs
 * @param script the script to run
 * @param targetName the host the campaign measures (compat §7), part of the workspace path
 * @param runId the campaign's run id, part of the workspace path
 * @param settings the k6 host, credentials, workspace root, outputs and tags
 * @param duration how long the script's scenarios last, for an executor's timeouts
 */
public record K6RunRequest(
    String configId,
    K6Script script,
    String targetName,
    String runId,
    K6Settings settings,
    LoadDuration duration) {

  public K6RunRequest {
    NonNull.all(
        "configId script targetName runId settings duration",
        configId,
        script,
        targetName,
        runId,
        settings,
        duration);
  }

  /** The run's folder on the k6 host: {@code {root}/{target_name}/{run_id}/{config_id}}. */
  public String workspace() {
    String root = settings.workspaceRoot();
    if (root.endsWith("/") && root.length() > 1) {
      root = root.substring(0, root.length() - 1);
    }
    return root + "/" + targetName + "/" + runId + "/" + configId;
  }

  /**
   * The k6 command line of compat §10, one argument per element: {@code k6 run --summary-export
   * {summary} [--out X]… [--tag k=v]… {script}}.
   */
  public List<String> k6Command(String scriptPath, String summaryPath) {
    List<String> command = new ArrayList<>(List.of("k6", "run", "--summary-export", summaryPath));
    for (String output : settings.outputs()) {
      command.add("--out");
      command.add(output);
    }
    for (Map.Entry<String, String> tag : settings.tags().entrySet()) {
      command.add("--tag");
      command.add(tag.getKey() + "=" + tag.getValue());
    }
    command.add(scriptPath);
    return List.copyOf(command);
  }
}
