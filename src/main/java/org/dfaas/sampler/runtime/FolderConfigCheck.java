package org.dfaas.sampler.runtime;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an output folder's {@code campaign.yaml} makes of a config before anything runs: a new
 * campaign, the same one, one it widens (resumes, recorded in its history), one that holds no row
 * yet (takes the config), or another campaign (refused unless forced). {@code run} acts on it,
 * {@code plan} tells it first, in the same words.
 *
 * @param folder the output folder
 * @param recorded its {@code campaign.yaml}, empty for a new folder or an old tool's
 * @param configText what {@code campaign.yaml} holds for the config
 * @param change how the config meets the recorded one
 * @param replaces whether the config replaces a recorded one that differs, the folder holding no
 *     row yet
 */
record FolderConfigCheck(
    Path folder,
    Optional<String> recorded,
    String configText,
    CampaignConfigChange change,
    boolean replaces) {

  private static final Logger LOG = LoggerFactory.getLogger(FolderConfigCheck.class);

  private static final CampaignConfigChange NONE = new CampaignConfigChange(List.of(), List.of());

  static FolderConfigCheck of(Path folder, SamplerConfig config) {
    String configText = CampaignConfigRecord.text(config);
    Optional<String> recorded = CampaignConfigRecord.read(folder);
    CampaignConfigChange change =
        recorded.map(text -> CampaignConfigRecord.change(text, config, configText)).orElse(NONE);
    boolean replaces = !change.differences().isEmpty() && CampaignConfigRecord.holdsNoRow(folder);
    return new FolderConfigCheck(folder, recorded, configText, change, replaces);
  }

  /** Whether {@code run} refuses the folder without {@code --force}. */
  public boolean refused() {
    return !change.differences().isEmpty() && !replaces;
  }

  /** Why {@code run} refuses the folder, and what to do instead. */
  public SamplerException refusal() {
    return new SamplerException(
        folder
            + " holds a campaign started with another config; it differs in "
            + String.join(", ", change.differences())
            + (change.widenings().isEmpty()
                ? ""
                : " (it also widens: " + String.join("; ", change.widenings()) + ")"),
        ExitCode.BAD_INPUT,
        "resume with the config in "
            + folder.resolve(ArtifactNames.CAMPAIGN_YAML)
            + " or a widening of it (rates, functions, combination sizes or iterations added, a"
            + " max_rate raised), or choose another output_dir; --force resumes anyway, and its"
            + " rows then mix measurements made under both configs",
        null);
  }

  /**
   * What {@code plan} says of the folder before its plan: the widening, the replacement or the
   * refusal {@code run} would make; empty when the config is the folder's or the folder is new.
   */
  public Optional<String> notice() {
    if (refused()) {
      SamplerException refusal = refusal();
      return Optional.of(
          "run refuses this folder: " + refusal.getMessage() + "\nhint: " + refusal.hint());
    }
    if (replaces) {
      return Optional.of(replacement());
    }
    if (change.widensOnly()) {
      return Optional.of(widening());
    }
    return Optional.empty();
  }

  /**
   * Writes {@code campaign.yaml} as the config leaves it, with the store (and its lock) open, and
   * logs what it did; a forced resume keeps the recorded config, so the next resume is checked
   * against it again.
   */
  void record(ResultStore store, Instant now) {
    if (refused()) {
      LOG.warn(
          "--force: resuming with a config that differs from {} in {}",
          ArtifactNames.CAMPAIGN_YAML,
          String.join(", ", change.differences()));
    } else if (recorded.isEmpty() || replaces) {
      store.writeCampaignConfig(configText);
    } else if (change.widensOnly()) {
      store.writeCampaignConfig(
          CampaignConfigRecord.widened(recorded.get(), configText, change.widenings(), now));
    }
    if (replaces) {
      LOG.warn(replacement());
    } else if (change.widensOnly()) {
      LOG.info("{}", widening());
    }
  }

  private String widening() {
    return "this config widens the campaign in "
        + folder
        + ": "
        + String.join("; ", change.widenings());
  }

  private String replacement() {
    return folder
        + " holds no row yet: it now takes this config, which differs from its "
        + ArtifactNames.CAMPAIGN_YAML
        + " in "
        + String.join(", ", change.differences());
  }
}
