package org.dfaas.sampler.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.runtime.ReplayRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code plan} that assume the node's capacity, or run the search against it or
 * against a recording instead of walking the plan.
 */
final class PlanSearchOptions {

  @Option(
      names = "--assume-capacity",
      paramLabel = "RPS",
      description =
          "Assume a configuration overloads the node exactly when the sum of its rates exceeds RPS.")
  Long assumedCapacity;

  @Option(
      names = "--search",
      paramLabel = "MODE",
      description =
          "Run the search (grid or frontier; default: the config's search.mode) against the assumed"
              + " capacity and report what it measures and infers.")
  String search;

  @Option(
      names = "--replay",
      paramLabel = "FILE",
      description =
          "Run the search against the outcomes recorded in a results.csv (ours, the old tool's or"
              + " the DFaaS sampler's) and report its agreement with the recording.")
  Path replay;

  @Option(
      names = "--node-cores",
      paramLabel = "N",
      description =
          "With --replay: the recorded node's core count, so that CPU counts in \"near a"
              + " threshold\" (default: the recording's node_cores column, else inferred from its"
              + " overload labels when they pin it down, else CPU is left out and the output says"
              + " why).")
  Integer nodeCores;

  @Option(
      names = "--allow-gaps",
      description =
          "With --replay: list the configurations the recording does not settle as unknown (they"
              + " imply nothing and are left out of agreement) instead of refusing the replay.")
  boolean allowGaps;

  @Option(
      names = "--in-flight",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "With --search or --replay: measure N configurations at once, as a pool of N targets"
              + " does, and report the wall time in k6 runs (default: 1).")
  int inFlight;

  /** Refuses what does not go together or is out of range, naming the option. */
  void check(CommandLine commandLine) {
    if (assumedCapacity != null && assumedCapacity < 0) {
      throw new ParameterException(
          commandLine, "--assume-capacity must be ≥ 0, got " + assumedCapacity);
    }
    if (replay != null && assumedCapacity != null) {
      throw new ParameterException(
          commandLine, "--replay takes the outcomes from the file: drop --assume-capacity");
    }
    if (replay == null && (nodeCores != null || allowGaps)) {
      throw new ParameterException(
          commandLine,
          (nodeCores != null ? "--node-cores" : "--allow-gaps") + " goes with --replay FILE");
    }
    if (nodeCores != null && nodeCores < 1) {
      throw new ParameterException(commandLine, "--node-cores must be ≥ 1, got " + nodeCores);
    }
    if (inFlight < 1) {
      throw new ParameterException(commandLine, "--in-flight must be ≥ 1, got " + inFlight);
    }
  }

  /** Whether the search runs, rather than the plan being walked. */
  boolean runsSearch() {
    return search != null || replay != null;
  }

  OptionalLong capacity() {
    return assumedCapacity == null ? OptionalLong.empty() : OptionalLong.of(assumedCapacity);
  }

  /** The recording to replay, or {@code null} for none. */
  ReplayRequest replayRequest() {
    return replay == null
        ? null
        : new ReplayRequest(
            replay, nodeCores == null ? OptionalInt.empty() : OptionalInt.of(nodeCores), allowGaps);
  }

  /** {@code config} with the search {@code --search} names, if it names one. */
  SamplerConfig searched(SamplerConfig config, CommandLine commandLine) {
    return search == null
        ? config
        : config.withSearch(config.search().withMode(searchMode(commandLine)));
  }

  private SearchSettings.Mode searchMode(CommandLine commandLine) {
    for (SearchSettings.Mode mode : SearchSettings.Mode.values()) {
      if (mode.key().equals(search)) {
        return mode;
      }
    }
    throw new ParameterException(
        commandLine, "--search must be grid or frontier, got \"" + search + "\"");
  }
}
