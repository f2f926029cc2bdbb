package org.dfaas.sampler.cli;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives every command that asks for it the one {@link CliEnvironment} of this run. */
final class CommandFactory implements IFactory {

  private final CliEnvironment environment;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getDeclaredConstructor(CliEnvironment.class).newInstance(environment);
    } catch (NoSuchMethodException noEnvironmentNeeded) {
      return fallback.create(type);
    }
  }
}
