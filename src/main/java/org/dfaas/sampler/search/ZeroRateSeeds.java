package org.dfaas.sampler.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.plan.FunctionSet;

/**
 * {@code zero_rate_equivalent}: a configuration whose functions at rate 0 are dropped behaves like
 * the configuration of the others, a smaller set settled before it (plan order puts smaller sets
 * first). A configuration of rates 0 only behaves like its first function alone at rate 0: the idle
 * node. Where that smaller set is not in the plan ({@code min_functions}), nothing is seeded.
 */
final class ZeroRateSeeds {

  private final FunctionSet set;
  private final SetLattice lattice;
  private final Map<String, int[]> ratesOf;
  private final Map<List<String>, SettledSet> settled;

  ZeroRateSeeds(
      FunctionSet set,
      SetLattice lattice,
      Map<String, int[]> ratesOf,
      Map<List<String>, SettledSet> settled) {
    this.set = set;
    this.lattice = lattice;
    this.ratesOf = ratesOf;
    this.settled = settled;
  }

  void seed() {
    int k = set.size();
    if (k < 2) {
      return;
    }
    boolean[] zeroFirst = new boolean[k];
    for (int d = 0; d < k; d++) {
      zeroFirst[d] = ratesOf.get(set.names().get(d))[0] == 0;
    }
    SettledSet[] subsets = new SettledSet[1 << k];
    int[][] subStrides = new int[1 << k][];
    for (int mask = 1; mask < 1 << k; mask++) {
      prepare(mask, subsets, subStrides);
    }
    for (int point = 0; point < lattice.size(); point++) {
      int mask = 0;
      for (int d = 0; d < k; d++) {
        if (zeroFirst[d] && lattice.digit(point, d) == 0) {
          mask |= 1 << d;
        }
      }
      SettledSet subset = subsets[mask];
      if (subset != null) {
        int sub = 0;
        for (int d = 0; d < k; d++) {
          sub += lattice.digit(point, d) * subStrides[mask][d];
        }
        // A configuration whose run failed tells nothing of those it stands for.
        if (!subset.failed(sub)) {
          lattice.infer(point, subset.overloaded(sub), subset.reference(sub));
        }
      }
    }
  }

  /** The settled set that the configurations with {@code mask}'s functions at rate 0 behave as. */
  private void prepare(int mask, SettledSet[] subsets, int[][] subStrides) {
    int k = set.size();
    int dropped = mask == (1 << k) - 1 ? ~1 : mask;
    List<String> names = new ArrayList<>();
    int[] strides = new int[k];
    int stride = 1;
    for (int d = k - 1; d >= 0; d--) {
      if ((dropped & (1 << d)) == 0) {
        names.add(0, set.names().get(d));
        strides[d] = stride;
        stride *= ratesOf.get(set.names().get(d)).length;
      }
    }
    subsets[mask] = settled.get(List.copyOf(names));
    subStrides[mask] = strides;
  }
}
