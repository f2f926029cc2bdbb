package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.RunIdentity;

/**
 * One campaign run as it ended.
 *
 * @param identity the run id and target it ran as
 * @param logFile the campaign's log ({@code campaign.log} in the output folder)
 * @param outcome the counts of this session and why it stopped
 * @param folder what the whole output folder holds after it
 * @param overloadReasons per reason, the iterations of this session overloaded for it, most first
 * @param warnings the distinct warnings logged during it (the config's included)
 */
public record CampaignResult(
    RunIdentity identity,
    Path logFile,
    CampaignOutcome outcome,
    RecordedOutcomes folder,
    long folderDone,
    Map<String, Long> overloadReasons,
    List<String> warnings)
    implements RunResult {

  public CampaignResult {
    overloadReasons = Collections.unmodifiableMap(new LinkedHashMap<>(overloadReasons));
    warnings = List.copyOf(warnings);
  }

  /**
   * 130 when interrupted (resumable), 0 when every configuration ran or was skipped by rule, what
   * the stop asked for when it stopped (2 for bad input found mid-campaign), else 1.
   */
  @Override
  public int exitCode() {
    if (outcome.interrupted()) {
      return ExitCode.INTERRUPTED;
    }
    if (outcome.stopReason() != null) {
      return outcome.stopExitCode();
    }
    return outcome.complete() ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
  }
}
