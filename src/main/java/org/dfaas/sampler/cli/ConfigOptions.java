package org.dfaas.sampler.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.ConfigOverride;
import org.dfaas.sampler.config.LoadedConfig;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import picocli.CommandLine.Option;

/** {@code -c FILE} and {@code --set key.path=value}, for every command that reads a config. */
final class ConfigOptions {

  @Option(
      names = {"-c", "--config-file"},
      required = true,
      paramLabel = "FILE",
      description = "The campaign config (YAML or JSON; plain or legacy layout).")
  Path file;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override one key after the file is read, e.g. --set duration=10s or --set"
              + " functions[0].max_rate=50 (repeatable).")
  List<String> overrides = new ArrayList<>();

  /** Loads the config, printing one warning line for each thing worth one. */
  LoadedConfig load(SamplerEnvironment environment) {
    LoadedConfig loaded = loadQuietly(environment);
    loaded.warnings().forEach(warning -> environment.err().println("warning: " + warning));
    return loaded;
  }

  /** Loads the config; its warnings are the caller's to show. */
  LoadedConfig loadQuietly(SamplerEnvironment environment) {
    List<ConfigOverride> parsed = new ArrayList<>();
    for (String override : overrides) {
      try {
        parsed.add(ConfigOverride.parse(override));
      } catch (IllegalArgumentException e) {
        throw new SamplerException(e.getMessage(), ExitCode.BAD_INPUT, null, e);
      }
    }
    return new ConfigLoader().load(environment.resolve(file), parsed);
  }

  /** The config file as the user named it. */
  String source() {
    return file.toString();
  }
}
