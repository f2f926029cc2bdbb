package org.dfaas.sampler.plan;

/** What a campaign would do with one configuration of the plan (compat §4), as estimated. */
public enum PlanStatus {
  /** It would run: neither dominated nor in the index. */
  TO_RUN,
  /** Skipped as {@code already_indexed}: its key is in the output folder's index. */
  DONE,
  /** Skipped as {@code dominated_by_overload}. */
  DOMINATED
}
