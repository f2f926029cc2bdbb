package org.dfaas.sampler.cli;

import org.dfaas.sampler.runtime.SamplerEnvironment;

/** Entry point of the {@code dfaas-sampler} command: parse, dispatch, exit. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(new Cli(SamplerEnvironment.system()).run(args));
  }
}
