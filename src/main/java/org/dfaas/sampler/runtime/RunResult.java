package org.dfaas.sampler.runtime;

/**
 * How a run ended: one campaign's result (one target or a pool), or a fleet's, a result per target.
 */
public sealed interface RunResult permits CampaignResult, FleetResult {

  /** The exit code of the command that ran it: 0 done, 1 failures, 130 interrupted, 2 bad input. */
  int exitCode();
}
