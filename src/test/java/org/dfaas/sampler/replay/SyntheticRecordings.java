package org.dfaas.sampler.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the synthetic recordings of {@code docs/search.md} into a folder, one {@code
 * results-{seed}.csv} per node (the five of {@link #NODES}, then {@link #MORE_NODES}), with {@code
 * replay.yaml}, the config they were recorded with:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.dfaas.sampler.replay.SyntheticRecordings /tmp/recordings
 * </pre>
 */
public final class SyntheticRecordings {

  static final List<String> FUNCTIONS = List.of("figlet", "nmap", "shasum");

  /** Five nodes of different weights, capacities, contention and noise. */
  static final List<SyntheticNode> NODES =
      List.of(
          new SyntheticNode(weights(1, 1, 1), 150, 0.0, 0.01, 1),
          new SyntheticNode(weights(1, 2.5, 0.6), 260, 0.3, 0.012, 2),
          new SyntheticNode(weights(0.4, 1.1, 3), 330, 0.6, 0.008, 3),
          new SyntheticNode(weights(2, 0.3, 1.4), 180, 0.15, 0.015, 4),
          new SyntheticNode(weights(0.7, 0.7, 0.9), 420, 0.9, 0.01, 5));

  /**
   * Two more shapes, for the search benchmark: a node overloaded by CPU before its requests fail,
   * noisy there (its labels pin the core count down), and one that overloads at its lowest rate.
   */
  static final List<SyntheticNode> MORE_NODES =
      List.of(
          new SyntheticNode(weights(1.2, 0.8, 1), 240, 0.2, 0.012, 6, 75, 100),
          new SyntheticNode(weights(1, 1.5, 2), 8, 0.1, 0.01, 7));

  static final String CONFIG =
      "functions: [{name: shasum}, {name: figlet}, {name: nmap}]\n"
          + "rates: {min_rate: 0, max_rate: 200, step: 10}\n"
          + "combinations: {min_functions: 1, max_functions: 4}\n";

  private SyntheticRecordings() {}

  static Map<String, Double> weights(double figlet, double nmap, double shasum) {
    return Map.of("figlet", figlet, "nmap", nmap, "shasum", shasum);
  }

  public static void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(Path.of(args[0]));
    Files.writeString(folder.resolve("replay.yaml"), CONFIG);
    for (SyntheticNode node : Stream.concat(NODES.stream(), MORE_NODES.stream()).toList()) {
      Path file = folder.resolve("results-" + node.seed() + ".csv");
      long rows = node.recordGridCampaign(FUNCTIONS, 3, file);
      System.out.println(file + "\t" + rows + " rows");
    }
  }
}
