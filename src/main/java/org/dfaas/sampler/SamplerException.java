package org.dfaas.sampler;

/**
 * The root of every error dfaas-sampler reports to its user. Each carries the exit code it maps to
 * and, where one helps, a hint of what to do about it. Messages name the host, config id, query or
 * file concerned; the command line prints message and hint, and the stack trace only with {@code
 * --verbose}.
 */
public class SamplerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String hint;

  public SamplerException(String message, int exitCode, String hint, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  /** A failure at run time (exit 1) without a hint. */
  public SamplerException(String message, Throwable cause) {
    this(message, ExitCode.RUNTIME_FAILURE, null, cause);
  }

  /** A failure at run time (exit 1) without a hint or cause. */
  public SamplerException(String message) {
    this(message, ExitCode.RUNTIME_FAILURE, null, null);
  }

  /**
   * A file or folder that could not be used (exit 1), named with the reason: {@code cannot read
   * /out/index.csv: Permission denied}.
   *
   * @param failed what could not be done, e.g. {@code "cannot read"}
   * @param path the file or folder
   * @param hint what to do about it
   */
  public static SamplerException onFile(String failed, Object path, Exception cause, String hint) {
    return new SamplerException(
        failed + " " + path + ": " + cause.getMessage(), ExitCode.RUNTIME_FAILURE, hint, cause);
  }

  /** The exit code this error ends the command with. */
  public int exitCode() {
    return exitCode;
  }

  /**
   * Whether every later configuration of a campaign would fail the same way (the k6 host is gone,
   * the disk is full), so the campaign stops instead of recording one failure per configuration.
   */
  public boolean stopsCampaign() {
    return false;
  }

  /** What the user can do about it, or {@code null}. */
  public String hint() {
    return hint;
  }
}
