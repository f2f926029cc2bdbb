package org.dfaas.sampler.campaign;

/** Why a configuration of the plan is not run (compat §4). */
public enum SkipReason {
  /** An overloaded configuration of the same functions has rates all ≤ its own. */
  DOMINATED_BY_OVERLOAD("dominated_by_overload"),
  /** Its key is in {@code index.csv}: done in an earlier run. */
  ALREADY_INDEXED("already_indexed"),
  /**
   * A measured configuration that did not overload dominates it: the frontier search infers that it
   * does not overload either. Not listed in {@code skipped.csv}.
   */
  INFERRED_OK("inferred_ok"),
  /**
   * Its run failed in an earlier run of the folder ({@code failures.csv}), and a frontier search
   * does not retry it: it stays {@code failed}.
   */
  FAILED_BEFORE("failed_before");

  private final String word;

  SkipReason(String word) {
    this.word = word;
  }

  /** The word the log lines use. */
  public String word() {
    return word;
  }
}
