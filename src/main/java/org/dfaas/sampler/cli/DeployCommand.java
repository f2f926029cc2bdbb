package org.dfaas.sampler.cli;

import java.time.Duration;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.cli.render.DeployJson;
import org.dfaas.sampler.cli.render.DeployText;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.runtime.DeployResult;
import org.dfaas.sampler.runtime.ResolvedTarget;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code deploy}: deploy or update the campaign's functions through the gateway's REST API. */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Deploy or update the config's functions through the OpenFaaS gateway's REST API (no"
          + " faas-cli), then wait until each has a ready replica.",
      "Each function runs its image: key, else the pinned image of the OpenFaaS store function"
          + " of its name; a function with neither is refused before anything is sent.",
      "A function already running the same image is left as it is; one running another is"
          + " updated."
    })
final class DeployCommand extends EnvironmentCommand {

  @Mixin ConfigOptions config;

  @Mixin TargetOption targetOption;

  @Spec CommandSpec spec;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "How long the functions may take to have a ready replica once deployed (image pulls"
              + " included); default ${DEFAULT-VALUE}.")
  long timeoutSeconds;

  @Option(names = "--json", description = "Print only the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (timeoutSeconds < 1) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be at least 1 second, got " + timeoutSeconds);
    }
    SamplerConfig loaded = config.load(environment).config();
    ResolvedTarget target;
    try (SamplerRuntime whole = SamplerRuntime.open(loaded, environment)) {
      target = targetOption.choose(loaded, whole.targets(), spec.commandLine());
    }
    DeployResult result;
    try (SamplerRuntime runtime = SamplerRuntime.open(target, environment)) {
      result = runtime.deploy(Duration.ofSeconds(timeoutSeconds));
    }
    (json ? new DeployJson() : new DeployText()).write(result, environment.out());
    environment.out().flush();
    return ExitCode.OK;
  }
}
