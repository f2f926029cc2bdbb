package org.dfaas.sampler.search;

/** The running counts behind a {@link SearchTally}. Not thread-safe. */
final class Counts {

  long measured;
  long k6Runs;
  long measuredOverloaded;
  long measuredOk;
  long inferredOverloaded;
  long inferredOk;
  long contradictions;
  long failed;

  void measured(Outcome outcome) {
    measured++;
    k6Runs += outcome.iterations();
    if (outcome.failed()) {
      failed++;
    } else if (outcome.overloaded()) {
      measuredOverloaded++;
    } else {
      measuredOk++;
    }
  }

  SearchTally tally() {
    return new SearchTally(
        measured,
        k6Runs,
        measuredOverloaded,
        measuredOk,
        inferredOverloaded,
        inferredOk,
        contradictions,
        failed);
  }
}
