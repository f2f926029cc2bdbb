package org.dfaas.sampler.cli;

import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.cli.render.OnceJson;
import org.dfaas.sampler.cli.render.OnceText;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.runtime.OnceResult;
import org.dfaas.sampler.runtime.ResolvedTarget;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code once}: run one configuration once through the configured executor (no cooldown, no
 * metrics) and print each function's result: the quickest check that the k6 host, k6 and the
 * gateway work together.
 */
@Command(
    name = "once",
    mixinStandardHelpOptions = true,
    description =
        "Run one configuration once through the configured k6 executor (k6's log on stderr),"
            + " then print each function's success rate, mean latency and request count.")
final class OnceCommand extends EnvironmentCommand {

  @Mixin ConfigOptions config;

  @Mixin ConfigurationArgument configurationArgument;

  @Mixin TargetOption targetOption;

  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print only {\"config_id\", \"duration_seconds\", \"functions\"} on stdout.")
  boolean json;

  @Override
  public Integer call() {
    SamplerConfig samplerConfig = config.load(environment).config();
    Configuration configuration = configurationArgument.parse(samplerConfig);
    OnceResult result;
    ResolvedTarget target;
    try (SamplerRuntime whole = SamplerRuntime.open(samplerConfig, environment)) {
      target = targetOption.choose(samplerConfig, whole.targets(), spec.commandLine());
    }
    try (SamplerRuntime runtime = SamplerRuntime.open(target, environment)) {
      result = runtime.once(configuration);
    }
    (json ? new OnceJson() : new OnceText()).write(result, environment.out());
    environment.out().flush();
    return ExitCode.OK;
  }
}
