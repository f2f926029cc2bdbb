package org.dfaas.sampler.setup;

import java.util.List;

/**
 * One finished step of a playbook on one host, as the shipped callback reports it.
 *
 * @param host who it ran on, as the user knows the host (e.g. {@code k6 host 10.0.0.5})
 * @param step the step's name
 * @param status what happened
 * @param seconds how long it took
 * @param message why it failed, empty otherwise
 * @param output the last lines of its output when it failed
 */
public record StepEvent(
    String host, String step, Status status, double seconds, String message, List<String> output) {

  public StepEvent {
    output = List.copyOf(output);
  }

  /** What a step did. */
  public enum Status {
    /** Nothing needed doing. */
    OK,
    /** It changed the host (in check mode: it would). */
    CHANGED,
    /** Its condition did not hold. */
    SKIPPED,
    /** It failed and the playbook tolerates it (e.g. apt, then the tarball). */
    IGNORED,
    /** It failed. */
    FAILED,
    /** The host could not be reached or logged into. */
    UNREACHABLE;

    boolean failed() {
      return this == FAILED || this == UNREACHABLE;
    }
  }
}
