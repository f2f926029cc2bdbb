package org.dfaas.sampler.check;

import java.util.Objects;

/**
 * One part of the setup and what the check found.
 *
 * @param status OK, FAIL or SKIP
 * @param detail one line: what was found, or why it failed
 * @param embedded whether the part is one of the tool's own stand-ins (built-in load generator,
 *     sandbox platform, this machine's {@code /proc}) rather than the real part
 */
public record PartResult(PartStatus status, String detail, boolean embedded) {

  public PartResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  /** A real part's result. */
  public PartResult(PartStatus status, String detail) {
    this(status, detail, false);
  }

  /** Whether this part does not fail the check. */
  public boolean ok() {
    return status != PartStatus.FAIL;
  }
}
