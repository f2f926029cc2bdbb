package org.dfaas.sampler.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.k6.LatencyDetail;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.FrontierReader;
import org.dfaas.sampler.results.FunctionMeasurement;
import org.dfaas.sampler.results.IndexEntry;
import org.dfaas.sampler.results.IndexReader;
import org.dfaas.sampler.results.OutputFolderEntries;
import org.dfaas.sampler.results.RecordedResults;
import org.dfaas.sampler.results.RecordedRow;
import org.dfaas.sampler.results.ResultsFileReader;
import org.dfaas.sampler.results.SkippedReader;

/**
 * Reads a campaign into a {@link Campaign}: an output folder (finished, running, or the old tool's,
 * which has no {@code skipped.csv} or {@code campaign.log}), a folder of the DFaaS project's
 * sampler ({@code results-*.csv}, one per function combination, read in name order), or one results
 * file. The function set is taken from the headers, in their order, not from a config, so a folder
 * reports on its own. A frontier campaign's {@code frontier.csv} is read when there is one.
 *
 * <p>Only the last line of a results file may be short: a running campaign may be writing it. A
 * short line anywhere else is damage and stops the report with the file and line named.
 */
public final class CampaignReader {

  /** The glob of the DFaaS sampler's results files. */
  static final String DFAAS_RESULTS = "results-*.csv";

  private CampaignReader() {}

  /**
   * The campaign of {@code path}: an output folder, a DFaaS sampler's folder or a results file.
   *
   * @throws SamplerException with exit code 2 when there is no results file, and when a file is
   *     malformed
   */
  public static Campaign read(Path path) {
    if (!Files.exists(path)) {
      throw new SamplerException(
          "no such folder: " + path,
          ExitCode.BAD_INPUT,
          "name the output folder of a campaign (its output_dir) or a results file",
          null);
    }
    if (Files.isDirectory(path)) {
      OutputFolderEntries.check(path);
    } else {
      RegularFiles.checkFile(path, "results file");
    }
    if (Files.isRegularFile(path)) {
      boolean ours = path.getFileName().toString().equals(ArtifactNames.RESULTS_CSV);
      return campaign(path.toAbsolutePath().getParent(), List.of(path), ours);
    }
    Path results = path.resolve(ArtifactNames.RESULTS_CSV);
    if (Files.isRegularFile(results)) {
      return campaign(path, List.of(results), true);
    }
    List<Path> dfaas = dfaasFiles(path);
    if (dfaas.isEmpty()) {
      throw new SamplerException(
          "no " + ArtifactNames.RESULTS_CSV + " in " + path + " (nor DFaaS " + DFAAS_RESULTS + ")",
          ExitCode.BAD_INPUT,
          "name the output folder of a campaign (its output_dir) or a results file",
          null);
    }
    return campaign(path, dfaas, false);
  }

  /** Reads {@code files}; {@code withSiblings} also reads the skipped, index and log files. */
  private static Campaign campaign(Path folder, List<Path> files, boolean withSiblings) {
    Set<String> functions = new LinkedHashSet<>();
    Map<Configuration, IterationAggregate> measured = new LinkedHashMap<>();
    Map<String, TargetTally.Counter> targets = new LinkedHashMap<>();
    boolean torn = false;
    // Only a campaign's own folder holds its summaries; a DFaaS sampler's folder has none.
    SavedSummaries summaries = withSiblings ? SavedSummaries.of(folder) : SavedSummaries.none();
    for (Path file : files) {
      RecordedResults read =
          ResultsFileReader.read(
              file,
              row -> {
                add(row, measured, summaries);
                TargetTally.Counter.count(row, targets);
              });
      functions.addAll(read.functions());
      torn |= read.torn();
    }
    if (!withSiblings) {
      return new Campaign(
          folder,
          List.copyOf(functions),
          measured,
          List.of(),
          List.of(),
          torn,
          Optional.empty(),
          List.of(),
          tallies(targets));
    }
    return new Campaign(
        folder,
        List.copyOf(functions),
        measured,
        SkippedReader.configurations(folder.resolve(ArtifactNames.SKIPPED_CSV)),
        IndexReader.read(folder.resolve(ArtifactNames.INDEX_CSV)).stream()
            .map(IndexEntry::key)
            .toList(),
        torn,
        TimeSpan.read(folder.resolve("campaign.log")),
        FrontierReader.read(folder.resolve(ArtifactNames.FRONTIER_CSV)),
        tallies(targets));
  }

  static List<TargetTally> tallies(Map<String, TargetTally.Counter> targets) {
    return targets.values().stream().map(TargetTally.Counter::tally).toList();
  }

  /** Adds one row to its configuration's aggregate: the row itself is not kept. */
  static void add(
      RecordedRow recorded,
      Map<Configuration, IterationAggregate> measured,
      SavedSummaries summaries) {
    Configuration configuration = recorded.configuration();
    IterationAggregate aggregate = measured.computeIfAbsent(configuration, IterationAggregate::new);
    aggregate.add(sample(recorded, configuration, aggregate.iterations(), summaries));
  }

  private static IterationSample sample(
      RecordedRow recorded,
      Configuration configuration,
      int rowOfConfiguration,
      SavedSummaries summaries) {
    Map<String, LatencyDetail> saved =
        summaries.latencies(configuration, rowOfConfiguration, lacksPercentiles(recorded));
    List<FunctionSample> functions = new ArrayList<>();
    for (FunctionMeasurement f : recorded.row().functions()) {
      LatencyDetail latency = latencyOf(f, saved.get(f.name()));
      functions.add(
          new FunctionSample(
              f.name(),
              f.rate(),
              finite(f.successRate()),
              // The extra column's mean has decimals; medium_latency may be cut to an integer.
              finite(Double.isNaN(latency.avgMs()) ? f.avgLatencyMs() : latency.avgMs()),
              finite(f.usage().cpu()),
              finite(f.usage().ram()),
              finite(latency.medMs()),
              finite(latency.p90Ms()),
              finite(latency.p95Ms())));
    }
    return new IterationSample(
        configuration,
        functions,
        finite(recorded.row().node().loaded().cpu()),
        finite(recorded.row().node().loaded().ramPct()),
        recorded.row().node().overloaded(),
        recorded.row().overloadReasons());
  }

  /** Whether a function driven in the row has no percentiles: written without extra columns. */
  private static boolean lacksPercentiles(RecordedRow recorded) {
    return recorded.row().functions().stream()
        .anyMatch(f -> f.rate() > 0 && Double.isNaN(f.latency().p95Ms()));
  }

  /** The row's latency detail; the saved summary's when the row has no percentiles. */
  private static LatencyDetail latencyOf(FunctionMeasurement f, LatencyDetail saved) {
    return saved == null || !Double.isNaN(f.latency().p95Ms()) ? f.latency() : saved;
  }

  /** An infinity (Python writes inf) can neither be averaged nor drawn: it counts as missing. */
  private static double finite(double value) {
    return Double.isInfinite(value) ? Double.NaN : value;
  }

  private static List<Path> dfaasFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, DFAAS_RESULTS)) {
      found.forEach(files::add);
    } catch (IOException e) {
      throw new SamplerException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    files.sort(null);
    return files;
  }
}
