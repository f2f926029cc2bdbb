package org.dfaas.sampler.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a running campaign is doing now, as {@value CampaignStatusFile#NAME} records it for a live
 * view: the session's identity and plan, each target's phase, and the seconds each phase took in
 * this session. Times are ISO-8601 instants as text.
 *
 * @param runId the session's run id
 * @param started when the session started
 * @param plannedConfigurations how many configurations the plan has
 * @param iterations the iterations per configuration the config asks for
 * @param updated when this status was written
 * @param ended empty while the session runs; {@code finished}, or {@code stopped: why}
 * @param targets what each target does, by name
 * @param phaseSeconds the seconds spent in each phase in this session, summed over the targets
 */
public record CampaignStatus(
    String runId,
    String started,
    long plannedConfigurations,
    int iterations,
    String updated,
    String ended,
    Map<String, TargetStatus> targets,
    Map<String, Double> phaseSeconds) {

  public CampaignStatus {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(updated, "updated");
    ended = ended == null ? "" : ended;
    targets =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(targets == null ? Map.of() : targets));
    phaseSeconds = new LinkedHashMap<>(phaseSeconds == null ? Map.of() : phaseSeconds);
  }

  /**
   * One target's current phase.
   *
   * @param phase {@code cooldown}, {@code warm-up}, {@code load}, {@code metrics} or {@code
   *     waiting}
   * @param configuration the configuration it runs, described ({@code a=10, b=20}); empty when
   *     waiting
   * @param iteration the iteration it runs (1-based); 0 when none
   * @param since when the phase started
   * @param note what else the campaign said of the target (idle, failed, dropped); may be empty
   */
  public record TargetStatus(
      String phase, String configuration, int iteration, String since, String note) {

    public TargetStatus {
      Objects.requireNonNull(phase, "phase");
      configuration = configuration == null ? "" : configuration;
      since = since == null ? "" : since;
      note = note == null ? "" : note;
    }
  }
}
