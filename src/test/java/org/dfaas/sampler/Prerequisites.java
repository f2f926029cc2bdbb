package org.dfaas.sampler;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;

/**
 * What a test does when a tool it needs (sshd, Prometheus, ansible-playbook, Node.js, chromium) is
 * missing: a loud skip on a developer's machine, a failure under {@code CI=true}, so that no test
 * passes silently without having run.
 */
public final class Prerequisites {

  private Prerequisites() {}

  /**
   * Skips the calling test (or fails it under {@code CI=true}), saying why.
   *
   * @param message what is missing and how to install it
   * @return never: thrown, so callers can write {@code throw Prerequisites.missing(...)}
   */
  public static TestAbortedException missing(String message) {
    if ("true".equals(System.getenv("CI"))) {
      fail(message + "; CI=true, so this is a failure");
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }
}
