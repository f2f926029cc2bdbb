package org.dfaas.sampler.cli;

import java.util.List;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.runtime.ResolvedTarget;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --target NAME}: which of a config's {@code targets:} a command about one node uses; none
 * for a config without targets.
 */
final class TargetOption {

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description =
          "With targets: in the config, the target to use (its k6 host, gateway and parts).")
  String name;

  /**
   * Refuses a {@code --target} given for a config without targets.
   *
   * @throws ParameterException (exit 2) when a name was given
   */
  void refuseName(CommandLine command) {
    if (name != null) {
      throw new ParameterException(
          command, "--target " + name + ": the config has no targets: leave --target out");
    }
  }

  /**
   * The chosen target among {@code targets} (those of {@code config}).
   *
   * @throws ParameterException (exit 2) when a config with targets gets no or an unknown name, or
   *     one without targets gets one
   */
  ResolvedTarget choose(SamplerConfig config, List<ResolvedTarget> targets, CommandLine command) {
    if (config.targets().isEmpty()) {
      refuseName(command);
      return targets.get(0);
    }
    String names = String.join(", ", targets.stream().map(ResolvedTarget::name).toList());
    if (name == null) {
      throw new ParameterException(
          command, "the config has targets (" + names + "): choose one with --target NAME");
    }
    return targets.stream()
        .filter(target -> target.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    command, "--target: no target is named \"" + name + "\"; there are " + names));
  }
}
