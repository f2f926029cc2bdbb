package org.dfaas.sampler.check;

import java.util.Objects;

/**
 * One part of the setup and what the check found.
 *
 * @param status OK, FAIL or SKIP
 * @param detail one line: what was found, or why it failed
 */
public record PartResult(PartStatus status, String detail) {

  public PartResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether this part does not fail the check. */
  public boolean ok() {
    return status != PartStatus.FAIL;
  }
}
