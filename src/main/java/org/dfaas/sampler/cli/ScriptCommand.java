package org.dfaas.sampler.cli;

import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.k6.K6ExecutionException;
import org.dfaas.sampler.k6.K6Executor;
import org.dfaas.sampler.k6.K6Runner;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code script}: print the k6 script of one configuration, as a campaign would write it. */
@Command(
    name = "script",
    mixinStandardHelpOptions = true,
    description = "Print the k6 script of one configuration and nothing else.")
final class ScriptCommand implements Callable<Integer> {

  /** This command only writes scripts; it never hands one to k6. */
  private static final K6Executor NO_EXECUTION =
      request -> {
        throw new K6ExecutionException(
            request.configId(), null, null, "", "the script command does not run k6", null);
      };

  private final SamplerEnvironment environment;

  @Mixin ConfigOptions config;

  @Mixin ConfigurationArgument configurationArgument;

  ScriptCommand(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    SamplerConfig samplerConfig = config.load(environment).config();
    Configuration configuration = configurationArgument.parse(samplerConfig);
    K6Runner runner = K6Runner.fromConfig(samplerConfig, NO_EXECUTION);
    environment
        .out()
        .print(runner.buildScript(configuration.pairs(), samplerConfig.functions()).text());
    return ExitCode.OK;
  }
}
