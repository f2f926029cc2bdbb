package org.dfaas.sampler.k6;

import java.util.OptionalInt;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;

/**
 * A k6 run that did not produce a summary: k6 could not be started, exited with an error, or timed
 * out. It carries what a user needs to look into it: the configuration, the host, k6's exit code
 * and the last lines k6 wrote.
 */
public class K6ExecutionException extends SamplerException {

  private static final long serialVersionUID = 1L;

  /** Stands for "k6 never exited", e.g. when the host could not be reached. */
  private static final int NO_EXIT_CODE = Integer.MIN_VALUE;

  private final String configId;
  private final String host;
  private final int k6ExitCode;
  private final String outputTail;

  /**
   * @param configId the configuration that ran
   * @param host the k6 host
   * @param k6ExitCode k6's exit status, or {@code null} when k6 never exited
   * @param outputTail the last lines of k6's output, empty when there were none
   * @param reason what went wrong, in a few words
   * @param cause the underlying error, or {@code null}
   */
  public K6ExecutionException(
      String configId,
      String host,
      Integer k6ExitCode,
      String outputTail,
      String reason,
      Throwable cause) {
    this(
        configId,
        host,
        k6ExitCode,
        outputTail,
        reason,
        "see k6.log in the run's workspace on " + host,
        cause);
  }

  /**
   * A failure with its own hint: one before k6 ran, where its log would be empty.
   *
   * @param hint what to do about it, or {@code null}
   */
  protected K6ExecutionException(
      String configId,
      String host,
      Integer k6ExitCode,
      String outputTail,
      String reason,
      String hint,
      Throwable cause) {
    super(
        message(configId, host, k6ExitCode, outputTail, reason),
        ExitCode.RUNTIME_FAILURE,
        hint,
        cause);
    this.configId = configId;
    this.host = host;
    this.k6ExitCode = k6ExitCode == null ? NO_EXIT_CODE : k6ExitCode;
    this.outputTail = outputTail == null ? "" : outputTail;
  }

  private static String message(
      String configId, String host, Integer k6ExitCode, String outputTail, String reason) {
    StringBuilder message =
        new StringBuilder("k6 run of config ")
            .append(configId)
            .append(" on ")
            .append(host)
            .append(" failed: ")
            .append(reason);
    if (k6ExitCode != null) {
      message.append(" (exit code ").append(k6ExitCode).append(')');
    }
    if (outputTail != null && !outputTail.isBlank()) {
      message.append("\nlast lines of k6's output:\n").append(outputTail.stripTrailing());
    }
    return message.toString();
  }

  /** The configuration that ran. */
  public String configId() {
    return configId;
  }

  /** The k6 host. */
  public String host() {
    return host;
  }

  /** k6's exit status, empty when k6 never exited. */
  public OptionalInt k6ExitCode() {
    return k6ExitCode == NO_EXIT_CODE ? OptionalInt.empty() : OptionalInt.of(k6ExitCode);
  }

  /** The last lines of k6's output, empty when there were none. */
  public String outputTail() {
    return outputTail;
  }
}
