package org.dfaas.sampler.cli;

import java.nio.file.Path;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import picocli.CommandLine.Option;

/** {@code --output DIR}: another output folder than the config's {@code output_dir}. */
final class OutputOption {

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "The output folder (default: output_dir, else ./benchmark_results/dfaas).")
  Path output;

  /** The output folder to use, resolved against the working folder. */
  Path folder(SamplerEnvironment environment, SamplerConfig config) {
    return environment.resolve(output != null ? output : config.resolvedOutputDir());
  }
}
