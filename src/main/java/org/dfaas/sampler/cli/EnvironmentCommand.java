package org.dfaas.sampler.cli;

import java.util.concurrent.Callable;
import org.dfaas.sampler.runtime.SamplerEnvironment;

/**
 * A command of the tool: it works in the one {@link SamplerEnvironment} of the run (stdout, stderr,
 * the environment variables, the working folder), which {@link CommandFactory} hands it when it
 * makes it, and returns its exit code.
 */
abstract class EnvironmentCommand implements Callable<Integer> {

  /** The run's environment, set before {@link #call}. */
  SamplerEnvironment environment;
}
