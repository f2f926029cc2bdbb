package org.dfaas.sampler.cli;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.config.ConfigPrinter;
import org.dfaas.sampler.config.LoadedConfig;
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
final class ValidateCommand extends EnvironmentCommand {

  @Mixin ConfigOptions config;

  @Override
  public Integer call() {
    LoadedConfig loaded = config.load(environment);
    environment.out().print(ConfigPrinter.toYaml(config.source(), loaded.config()));
    return ExitCode.OK;
  }
}
