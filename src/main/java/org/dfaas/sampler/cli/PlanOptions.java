package org.dfaas.sampler.cli;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.config.SearchSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code plan}'s options of the outcomes it assumes, and of the search run instead of the walk. */
final class PlanOptions {

  @Option(
      names = "--assume-capacity",
      paramLabel = "RPS",
      description =
          "Assume a configuration overloads the node exactly when the sum of its rates exceeds RPS.")
  Long assumedCapacity;

  @Option(
      names = "--search",
      paramLabel = "MODE",
      converter = SearchModeConverter.class,
      description =
          "Run the search (grid or frontier; default: the config's search.mode) against the assumed"
              + " capacity and report what it measures and infers.")
  SearchSettings.Mode search;

  @Option(
      names = "--replay",
      paramLabel = "FILE",
      description =
          "Run the search against the outcomes recorded in a results.csv (ours, the old tool's or"
              + " the DFaaS sampler's) and report its agreement with the recording.")
  Path replay;

  @Option(
      names = "--in-flight",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "With --search or --replay: measure N configurations at once, as a pool of N targets"
              + " does, and report the wall time in k6 runs (default: 1).")
  int inFlight;

  /** Whether the search is asked for. */
  boolean asked() {
    return search != null || replay != null;
  }

  /** The capacity assumed, if any. */
  OptionalLong capacity() {
    return assumedCapacity == null ? OptionalLong.empty() : OptionalLong.of(assumedCapacity);
  }

  /** Refuses a value out of range, and what cannot go together. */
  void validate(CommandLine commandLine) {
    if (assumedCapacity != null && assumedCapacity < 0) {
      throw new ParameterException(
          commandLine, "--assume-capacity must be ≥ 0, got " + assumedCapacity);
    }
    if (replay != null && assumedCapacity != null) {
      throw new ParameterException(
          commandLine, "--replay takes the outcomes from the file: drop --assume-capacity");
    }
    if (inFlight < 1) {
      throw new ParameterException(commandLine, "--in-flight must be ≥ 1, got " + inFlight);
    }
  }

  /** {@code config} with the search mode asked for, if any. */
  SamplerConfig applyTo(SamplerConfig config) {
    SearchSettings settings = config.search();
    return search == null ? config : config.withSearch(settings.withMode(search));
  }
}
