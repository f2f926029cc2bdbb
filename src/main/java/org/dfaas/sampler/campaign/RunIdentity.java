package org.dfaas.sampler.campaign;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SafeName;

/**
 * Who is running what (compat §7): the run id, the target's name and the repetition, fixed once at
 * the campaign's start. The run id and the target name name folders on the k6 host.
 *
 * @param runId the config's {@code run_id}, else {@code run-{unix seconds}} at the start
 * @param targetName env {@code LB_RUN_HOST}, else this machine's host name
 * @param repetition env {@code LB_RUN_REPETITION}, default 1
 * @param totalRepetitions env {@code LB_RUN_TOTAL_REPS}, default the repetition
 */
public record RunIdentity(String runId, String targetName, int repetition, int totalRepetitions) {

  /**
   * Resolves the identity of a campaign starting at {@code start}.
   *
   * @param configuredRunId the config's {@code run_id}, or {@code null}
   * @param env the environment variables
   * @param hostName this machine's host name, asked only when {@code LB_RUN_HOST} is not set
   * @throws SamplerException (exit 2) when the environment holds an unusable value
   */
  public static RunIdentity resolve(
      String configuredRunId, Map<String, String> env, Instant start, Supplier<String> hostName) {
    String runId = configuredRunId != null ? configuredRunId : "run-" + start.getEpochSecond();
    String target = targetName(env, hostName);
    int repetition = positive(env, "LB_RUN_REPETITION", 1);
    int total = positive(env, "LB_RUN_TOTAL_REPS", repetition);
    return new RunIdentity(runId, target, repetition, total);
  }

  /**
   * The name of the one implicit target of a config without {@code targets:}: env {@code
   * LB_RUN_HOST}, else {@code hostName}.
   *
   * @throws SamplerException (exit 2) when it cannot name a folder
   */
  public static String targetName(Map<String, String> env, Supplier<String> hostName) {
    String target = env.get("LB_RUN_HOST");
    if (target == null || target.isBlank()) {
      target = hostName.get();
    }
    if (!SafeName.isSafe(target)) {
      throw new SamplerException(
          "target name \"" + target + "\" cannot name a folder on the k6 host",
          ExitCode.BAD_INPUT,
          "set LB_RUN_HOST to letters, digits, '.', '_' or '-'",
          null);
    }
    return target;
  }

  /** This identity as a configured target's: the same run, named {@code name}. */
  public RunIdentity forTarget(String name) {
    if (!SafeName.isSafe(name)) {
      throw new IllegalArgumentException("not a safe target name: " + name);
    }
    return new RunIdentity(runId, name, repetition, totalRepetitions);
  }

  private static int positive(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, with the variable's name
    }
    throw new SamplerException(
        "environment variable " + name + " must be a whole number ≥ 1, got \"" + value + "\"",
        ExitCode.BAD_INPUT,
        null,
        null);
  }
}
