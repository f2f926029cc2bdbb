package org.dfaas.sampler;

/** The exit codes of {@code dfaas-sampler}, named once. */
public final class ExitCode {

  /** Everything asked for was done. */
  public static final int OK = 0;

  /** Something failed while running: a host, a service, a file. */
  public static final int RUNTIME_FAILURE = 1;

  /** The config or the command line is wrong; nothing was run. */
  public static final int BAD_INPUT = 2;

  /** Stopped by SIGINT or SIGTERM; the output folder is left resumable. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
