package org.dfaas.sampler.config;

import java.util.List;

/**
 * A valid config and what was worth a warning on the way (unknown keys, ignored blocks, a drawn
 * seed).
 */
public record LoadedConfig(SamplerConfig config, List<String> warnings) {

  public LoadedConfig {
    warnings = List.copyOf(warnings);
  }
}
