package org.dfaas.sampler.check;

/** The outcome of checking one part of the setup. */
public enum PartStatus {
  /** Checked and fine. */
  OK,
  /** Checked and broken; the detail says why. */
  FAIL,
  /** Not checked (yet); does not fail the check. */
  SKIP
}
