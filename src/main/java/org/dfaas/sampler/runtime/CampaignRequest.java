package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dfaas.sampler.campaign.CampaignListener;

/**
 * What a caller asks of one campaign run, beyond the config.
 *
 * @param outputFolder the output folder, absolute or relative to the environment's working folder
 * @param maxConfigurations stop after running this many configurations ({@code Long.MAX_VALUE}: no
 *     limit)
 * @param listener shown the progress besides the log ({@link CampaignListener#NONE} for nothing)
 * @param force resume even when the folder's {@code campaign.yaml} differs from the config in keys
 *     that change the data (logged in {@code campaign.log})
 * @param configWarnings the warnings of loading the config, logged to {@code campaign.log} too
 */
public record CampaignRequest(
    Path outputFolder,
    long maxConfigurations,
    CampaignListener listener,
    boolean force,
    List<String> configWarnings) {

  /** A request that refuses to resume a folder started with a config giving other data. */
  public CampaignRequest(Path outputFolder, long maxConfigurations, CampaignListener listener) {
    this(outputFolder, maxConfigurations, listener, false, List.of());
  }

  public CampaignRequest {
    Objects.requireNonNull(outputFolder, "outputFolder");
    Objects.requireNonNull(listener, "listener");
    configWarnings = List.copyOf(configWarnings);
    if (maxConfigurations < 1) {
      throw new IllegalArgumentException("maxConfigurations must be ≥ 1, got " + maxConfigurations);
    }
  }

  /** The whole campaign into {@code outputFolder}, shown only in the log. */
  public static CampaignRequest into(Path outputFolder) {
    return new CampaignRequest(outputFolder, Long.MAX_VALUE, CampaignListener.NONE);
  }
}
