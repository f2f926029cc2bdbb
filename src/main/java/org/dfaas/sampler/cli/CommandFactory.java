package org.dfaas.sampler.cli;

import org.dfaas.sampler.runtime.SamplerEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives every command that asks for it the one {@link SamplerEnvironment} of this run. */
final class CommandFactory implements IFactory {

  private final SamplerEnvironment environment;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(SamplerEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getDeclaredConstructor(SamplerEnvironment.class).newInstance(environment);
    } catch (NoSuchMethodException noEnvironmentNeeded) {
      return fallback.create(type);
    }
  }
}
