package org.dfaas.sampler.search;

/**
 * The iterations of one configuration measured so far and how many overloaded the node: what an
 * {@link Outcome} is judged from (compat §4's majority rule), and what {@code results.csv} already
 * holds of it on resume.
 *
 * @param iterations how many of its iterations have a row
 * @param overloaded how many of those rows have the node overloaded
 */
public record IterationTally(int iterations, int overloaded) {

  public static final IterationTally NONE = new IterationTally(0, 0);

  /** This tally with one more iteration. */
  public IterationTally plus(boolean overloadedRow) {
    return new IterationTally(iterations + 1, overloaded + (overloadedRow ? 1 : 0));
  }

  /** The rule of compat §4: overloaded in more than half of {@code planned} iterations. */
  public boolean overloadedOutOf(int planned) {
    return overloadedOutOf(overloaded, planned);
  }

  /** Whether {@code overloaded} of {@code planned} iterations is more than half (compat §4). */
  public static boolean overloadedOutOf(int overloaded, int planned) {
    return overloaded > planned / 2.0;
  }
}
