package org.dfaas.sampler.cli;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code script}: print the k6 script of one configuration, as a campaign would write it. */
@Command(
    name = "script",
    mixinStandardHelpOptions = true,
    description = "Print the k6 script of one configuration and nothing else.")
final class ScriptCommand extends EnvironmentCommand {

  @Mixin ConfigOptions config;

  @Mixin ConfigurationArgument configurationArgument;

  @Mixin TargetOption targetOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SamplerConfig loaded = config.load(environment).config();
    // The target's config, {host.address} resolved as run resolves it; one target without targets.
    SamplerConfig samplerConfig;
    try (SamplerRuntime whole = SamplerRuntime.open(loaded, environment)) {
      if (loaded.targets().isEmpty()) {
        targetOption.refuseName(spec.commandLine());
        samplerConfig = whole.targets().get(0).config();
      } else {
        samplerConfig = targetOption.choose(loaded, whole.targets(), spec.commandLine()).config();
      }
    }
    Configuration configuration = configurationArgument.parse(samplerConfig);
    environment.out().print(K6Runner.script(samplerConfig, configuration.pairs()).text());
    return ExitCode.OK;
  }
}
