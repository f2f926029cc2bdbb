package org.dfaas.sampler.results;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The names of the files in an output folder (compat §6), relative to it, named once so that the
 * writer, the resume logic and the tests agree with the old tool's layout.
 */
public final class ArtifactNames {

  /** One row per configuration iteration. */
  public static final String RESULTS_CSV = "results.csv";

  /** One row per configuration skipped by dominance or failed. */
  public static final String SKIPPED_CSV = "skipped.csv";

  /** One row per failed attempt at a configuration, with its error. */
  public static final String FAILURES_CSV = "failures.csv";

  /** The effective config the campaign of the folder was started with. */
  public static final String CAMPAIGN_YAML = "campaign.yaml";

  /** The configurations done. */
  public static final String INDEX_CSV = "index.csv";

  /** One row per configuration of the plan, with its class in a search (frontier mode). */
  public static final String FRONTIER_CSV = "frontier.csv";

  /** The folder of the k6 summaries. */
  public static final String SUMMARIES_DIR = "summaries";

  /** The campaign's log. */
  public static final String CAMPAIGN_LOG = "campaign.log";

  /** The report {@code report} writes by default. */
  public static final String REPORT_HTML = "report.html";

  /** The folder of the per-iteration metrics. */
  public static final String METRICS_DIR = "metrics";

  /** The folder of the k6 scripts. */
  public static final String K6_SCRIPTS_DIR = "k6_scripts";

  // An id goes into a file name: nothing that could climb out of the folder.
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9]+");

  private ArtifactNames() {}

  /** {@code summaries/summary-{id}-iter{i}-rep{r}.json}. */
  public static Path summary(String configId, int iteration, int repetition) {
    return Path.of(
        SUMMARIES_DIR, "summary-" + iterationPart(configId, iteration, repetition) + ".json");
  }

  /** {@code metrics/metrics-{id}-iter{i}-rep{r}.csv}. */
  public static Path metrics(String configId, int iteration, int repetition) {
    return Path.of(
        METRICS_DIR, "metrics-" + iterationPart(configId, iteration, repetition) + ".csv");
  }

  /** {@code k6_scripts/config-{id}.js}. */
  public static Path k6Script(String configId) {
    return Path.of(K6_SCRIPTS_DIR, "config-" + checkedId(configId) + ".js");
  }

  private static String iterationPart(String configId, int iteration, int repetition) {
    if (iteration < 1) {
      throw new IllegalArgumentException("iteration must be ≥ 1, got " + iteration);
    }
    if (repetition < 1) {
      throw new IllegalArgumentException("repetition must be ≥ 1, got " + repetition);
    }
    return checkedId(configId) + "-iter" + iteration + "-rep" + repetition;
  }

  private static String checkedId(String configId) {
    if (configId == null || !SAFE_ID.matcher(configId).matches()) {
      throw new IllegalArgumentException("not a config id: " + configId);
    }
    return configId;
  }
}
