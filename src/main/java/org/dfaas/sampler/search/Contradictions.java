package org.dfaas.sampler.search;

import org.dfaas.sampler.plan.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The warning a search gives, by default, for a measurement against monotonicity. */
final class Contradictions {

  private static final Logger LOG = LoggerFactory.getLogger(Contradictions.class);

  private Contradictions() {}

  static void log(Configuration overloaded, Configuration dominating, long contradictions) {
    LOG.warn(
        "contradiction {}: {} was measured overloaded, yet {} dominates it and was measured not"
            + " overloaded; both keep their measured class, what both imply counts as overloaded",
        contradictions,
        overloaded.describe(),
        dominating.describe());
  }
}
