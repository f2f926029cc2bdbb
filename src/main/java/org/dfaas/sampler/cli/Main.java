package org.dfaas.sampler.cli;

/** Entry point of the {@code dfaas-sampler} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
