package org.dfaas.sampler.sandbox;

import java.time.Instant;
import java.util.Map;

/** One look of a sampled metrics source: when it was taken and the sandbox's counters then. */
interface CounterSample {

  /** When it was taken, on the wall clock query windows are given in. */
  Instant time();

  /** The sandbox's cumulative per-function counters; empty without a sandbox. */
  Map<String, UsageCounters> functions();
}
