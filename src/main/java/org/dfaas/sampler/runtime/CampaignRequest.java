package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.Objects;
import org.dfaas.sampler.campaign.CampaignListener;

/**
 * What a caller asks of one campaign run, beyond the config.
 *
 * @param outputFolder the output folder, absolute or relative to the environment's working folder
 * @param maxConfigurations stop after running this many configurations ({@code Long.MAX_VALUE}: no
 *     limit)
 * @param listener shown the progress besides the log ({@link CampaignListener#NONE} for nothing)
 */
public record CampaignRequest(
    Path outputFolder, long maxConfigurations, CampaignListener listener) {

  public CampaignRequest {
    Objects.requireNonNull(outputFolder, "outputFolder");
    Objects.requireNonNull(listener, "listener");
    if (maxConfigurations < 1) {
      throw new IllegalArgumentException("maxConfigurations must be ≥ 1, got " + maxConfigurations);
    }
  }

  /** The whole campaign into {@code outputFolder}, shown only in the log. */
  public static CampaignRequest into(Path outputFolder) {
    return new CampaignRequest(outputFolder, Long.MAX_VALUE, CampaignListener.NONE);
  }
}
