package org.dfaas.sampler.cli;

import org.dfaas.sampler.runtime.SamplerEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Gives every command ({@link EnvironmentCommand}) the one {@link SamplerEnvironment} of this run.
 */
final class CommandFactory implements IFactory {

  private final SamplerEnvironment environment;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K made = fallback.create(type);
    if (made instanceof EnvironmentCommand command) {
      command.environment = environment;
    }
    return made;
  }
}
