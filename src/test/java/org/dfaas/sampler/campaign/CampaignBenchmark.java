package org.dfaas.sampler.campaign;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dfaas.sampler.results.ResultStore;

/**
 * Runs a campaign of about 100,000 iterations with instant fakes at every seam but the real
 * ResultStore, and prints the cost per iteration and the peak heap. Not a test: run it by hand (see
 * the README's Performance section), once on a real disk and once on tmpfs, where a sync costs
 * nothing, to tell orchestration apart from the disk.
 *
 * <p>{@code java -Xmx64m -cp target/classes:target/test-classes:<deps>
 * org.dfaas.sampler.campaign.CampaignBenchmark FOLDER}
 */
public final class CampaignBenchmark {

  private CampaignBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/campaign-benchmark");
    if (Files.exists(folder.resolve("results.csv"))) {
      throw new IllegalStateException(folder + " already holds a campaign; give a new folder");
    }
    // a and b, 100 rates each: 200 single and 10,000 pair configurations, 10 iterations each.
    FakeCampaign campaign =
        new FakeCampaign(
            """
            functions: [{name: a}, {name: b}]
            rate_strategy: {type: linear, min_rate: 0, max_rate: 99, step: 1}
            combinations: {min_functions: 1, max_functions: 3}
            duration: 1s
            iterations: 10
            """);
    campaign.recordRuns = false;
    long started = System.nanoTime();
    CampaignOutcome outcome;
    try (ResultStore store = ResultStore.open(folder, List.of("a", "b"))) {
      outcome = campaign.generator(store, CampaignListener.NONE, Long.MAX_VALUE).run();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long iterations = outcome.ran() * 10;
    System.out.printf(
        Locale.ROOT,
        "%d iterations in %.1f s: %.3f ms per iteration; peak heap %.1f MiB (max %d MiB)%n",
        iterations,
        seconds,
        seconds * 1000 / iterations,
        peakHeapMiB(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static double peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }
}
