package org.dfaas.sampler.cli;

import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.runtime.SamplerEnvironment;
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
final class ScriptCommand implements Callable<Integer> {

  private final SamplerEnvironment environment;

  @Mixin ConfigOptions config;

  @Mixin ConfigurationArgument configurationArgument;

  @Mixin TargetOption targetOption;

  @Spec CommandSpec spec;

  ScriptCommand(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    SamplerConfig loaded = config.load(environment).config();
    // A config without targets prints as it always did: {host.address} as written.
    SamplerConfig samplerConfig = loaded;
    if (!loaded.targets().isEmpty()) {
      try (SamplerRuntime whole = SamplerRuntime.open(loaded, environment)) {
        samplerConfig = targetOption.choose(loaded, whole.targets(), spec.commandLine()).config();
      }
    } else {
      targetOption.refuseName(spec.commandLine());
    }
    Configuration configuration = configurationArgument.parse(samplerConfig);
    environment.out().print(K6Runner.script(samplerConfig, configuration.pairs()).text());
    return ExitCode.OK;
  }
}
