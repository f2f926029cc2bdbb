package org.dfaas.sampler.k6;

import java.util.Objects;

/**
 * One finished k6 run. The summary stays text: it is kept on disk as k6 wrote it and parsed only by
 * {@link K6Runner#readSummary}, so an unreadable summary fails the parse, with its config id, and
 * not the run.
 *
 * @param summary the summary k6 exported, as JSON text
 * @param script the script that ran; its metric ids are needed to read the summary
 * @param configId the id of the configuration that ran
 * @param durationSeconds how long the run took, in seconds of wall-clock time
 */
public record K6RunResult(
    String summary, K6Script script, String configId, double durationSeconds) {

  public K6RunResult {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(configId, "configId");
  }
}
