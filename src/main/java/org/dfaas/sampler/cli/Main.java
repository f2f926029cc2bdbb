package org.dfaas.sampler.cli;

/** Entry point of the {@code dfaas-sampler} command: parse, dispatch, exit. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(new Cli(CliEnvironment.system()).run(args));
  }
}
