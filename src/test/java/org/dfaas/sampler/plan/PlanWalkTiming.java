package org.dfaas.sampler.plan;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Times the {@code plan} command's estimate over the 3.4 million configurations of the DFaaS
 * functions in triples, in a fresh JVM, because timing assertions in unit tests would be flaky on a
 * loaded machine. Run after {@code ./mvnw test-compile}:
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes org.dfaas.sampler.plan.PlanWalkTiming
 * </pre>
 */
final class PlanWalkTiming {

  private PlanWalkTiming() {}

  public static void main(String[] args) {
    int maxFunctions = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Plan plan = PlanFixtures.dfaasPlan(maxFunctions);
    // As if the pairs campaign had finished: its configurations that ran are in the index.
    Set<ConfigKey> done = new HashSet<>();
    new PlanEstimator(PlanFixtures.dfaasPlan(3))
        .estimate(
            key -> false,
            OptionalLong.of(150),
            (ordinal, set, rates, status, overloaded) -> {
              if (status == PlanStatus.TO_RUN) {
                done.add(set.key(rates));
              }
            });
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      long[] walked = new long[1];
      plan.walk((set, rates) -> walked[0]++);
      long walkNanos = System.nanoTime() - start;

      start = System.nanoTime();
      PlanEstimate estimate = new PlanEstimator(plan).estimate(key -> false, OptionalLong.of(150));
      long estimateNanos = System.nanoTime() - start;

      System.out.printf(
          "round %d: walk %,d in %d ms; estimate %d ms: %s%n",
          round, walked[0], walkNanos / 1_000_000, estimateNanos / 1_000_000, estimate);

      start = System.nanoTime();
      PlanEstimate resumed = new PlanEstimator(plan).estimate(done::contains, OptionalLong.of(150));
      System.out.printf(
          "round %d: resumed estimate (%,d keys done) %d ms: done=%,d toRun=%,d dominated=%,d%n",
          round,
          done.size(),
          (System.nanoTime() - start) / 1_000_000,
          resumed.done(),
          resumed.toRun(),
          resumed.dominated());
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "peak heap (sum of pool peaks) %.1f MiB, max heap %d MiB%n",
        peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
  }
}
