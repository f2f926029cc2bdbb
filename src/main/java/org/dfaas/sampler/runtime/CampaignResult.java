package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import org.dfaas.sampler.campaign.CampaignOutcome;
import org.dfaas.sampler.campaign.RunIdentity;

/**
 * One campaign run as it ended.
 *
 * @param identity the run id and target it ran as
 * @param logFile the campaign's log ({@code campaign.log} in the output folder)
 * @param outcome the counts and why it stopped
 */
public record CampaignResult(RunIdentity identity, Path logFile, CampaignOutcome outcome) {}
