package org.dfaas.sampler.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pool's {@code campaign.log}, across the runs appended to it: which target ran which iteration
 * of which configuration, by the {@code [name] } heading each target's lines.
 */
record PoolLog(List<String> lines) {

  /** An iteration starting ({@code (id): …}) or measured ({@code (id) measured: …}). */
  private static final Pattern ITERATION =
      Pattern.compile(
          " INFO  (\\[[^\\]]+\\] )?DFaaS config [0-9]+/[0-9]+ iter ([0-9]+)/[0-9]+"
              + " \\(([0-9a-f]+)\\)( measured)?: .*");

  static PoolLog of(Path folder) throws IOException {
    return new PoolLog(Files.readAllLines(folder.resolve("campaign.log"), StandardCharsets.UTF_8));
  }

  /** The lines of iterations, started or measured, that name no target. */
  List<String> iterationLinesWithoutTarget() {
    List<String> unnamed = new ArrayList<>();
    for (String line : lines) {
      Matcher iteration = ITERATION.matcher(line);
      if (iteration.find() && iteration.group(1) == null) {
        unnamed.add(line);
      }
    }
    return unnamed;
  }

  /**
   * Every time a configuration started an iteration on one target while another target's iteration
   * of it had started and not been measured, within one run of the campaign (a kill ends every
   * iteration of its run).
   */
  List<String> configurationsOnTwoTargetsAtOnce() {
    List<String> overlaps = new ArrayList<>();
    Map<String, String> running = new HashMap<>();
    for (String line : lines) {
      if (line.contains(" INFO  campaign run-")) {
        running.clear();
        continue;
      }
      Matcher iteration = ITERATION.matcher(line);
      if (!iteration.find() || iteration.group(1) == null) {
        continue;
      }
      String target = iteration.group(1);
      String id = iteration.group(3);
      if (iteration.group(4) != null) {
        running.remove(id, target);
        continue;
      }
      String other = running.put(id, target);
      if (other != null && !other.equals(target)) {
        overlaps.add(other + "still ran " + id + " when " + line);
      }
    }
    return overlaps;
  }
}
