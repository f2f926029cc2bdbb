package org.dfaas.sampler.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.results.ArtifactNames;

/**
 * The effective config a folder was started with ({@code campaign.yaml}), read once for every
 * section that needs to know what the numbers mean: the parameters, the targets, the units of a
 * metric whose meaning depends on its source.
 *
 * @param config the config, empty when the folder has none or it cannot be read
 * @param problem why it cannot be read, the first line of the error; null when it can or is absent
 */
record RecordedConfig(Optional<SamplerConfig> config, String problem) {

  /** A folder without {@code campaign.yaml}: the old tool's, the DFaaS sampler's, a lone file. */
  static final RecordedConfig NONE = new RecordedConfig(Optional.empty(), null);

  /** The {@code campaign.yaml} of {@code folder}. */
  static RecordedConfig of(Path folder) {
    Path yaml = folder.resolve(ArtifactNames.CAMPAIGN_YAML);
    if (!Files.isRegularFile(yaml)) {
      return NONE;
    }
    try {
      return new RecordedConfig(
          Optional.of(
              new ConfigLoader(Path.of(System.getProperty("user.home")), () -> 0L)
                  .load(yaml, List.of())
                  .config()),
          null);
    } catch (SamplerException e) {
      return new RecordedConfig(
          Optional.empty(), e.getMessage().lines().findFirst().orElse("unreadable"));
    }
  }
}
