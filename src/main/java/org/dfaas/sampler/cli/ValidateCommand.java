package org.dfaas.sampler.cli;

import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.config.ConfigPrinter;
import org.dfaas.sampler.config.LoadedConfig;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: check a config and print its effective values. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a config and print the effective config as YAML (plain layout, every key).",
      "On a bad config, list every problem with its key path and exit 2."
    })
final class ValidateCommand implements Callable<Integer> {

  private final SamplerEnvironment environment;

  @Mixin ConfigOptions config;

  ValidateCommand(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    LoadedConfig loaded = config.load(environment);
    environment.out().print(ConfigPrinter.toYaml(config.source(), loaded.config()));
    return ExitCode.OK;
  }
}
