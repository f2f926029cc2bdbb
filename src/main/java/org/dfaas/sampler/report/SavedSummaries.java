package org.dfaas.sampler.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.k6.K6SummaryException;
import org.dfaas.sampler.k6.K6SummaryParser;
import org.dfaas.sampler.k6.LatencyDetail;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.ArtifactNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The k6 summaries a campaign saved in {@code summaries/}, read back for the latency percentiles a
 * results file written without the extra columns (the old tool's format) does not hold. A
 * configuration's n-th row in the results file is its n-th saved summary, in the order of
 * repetition, then iteration. A summary that cannot be read is named in one warning and leaves its
 * row without percentiles: the report shows what the folder holds.
 */
final class SavedSummaries {

  private static final Logger LOG = LoggerFactory.getLogger(SavedSummaries.class);

  // A summary is a few kilobytes; a file far larger is not one, and must not fill the heap.
  private static final int LARGEST_SUMMARY_BYTES = 16 << 20;

  private static final Pattern NAME =
      Pattern.compile("summary-([0-9a-f]+)-iter([0-9]+)-rep([0-9]+)\\.json");

  private final Path dir;
  private final K6SummaryParser parser = new K6SummaryParser();
  // Listed on the first row that needs it: a folder with the extra columns never needs it.
  private Map<String, List<Path>> filesById;

  private SavedSummaries(Path dir) {
    this.dir = dir;
  }

  /** No summaries: for files that are not a campaign's own folder. */
  static SavedSummaries none() {
    return new SavedSummaries(null);
  }

  /** The summaries of the output folder {@code folder}, if it has any. */
  static SavedSummaries of(Path folder) {
    return new SavedSummaries(folder.resolve(ArtifactNames.SUMMARIES_DIR));
  }

  /**
   * When {@code needed}, the latency trends of the saved summary of the {@code row}-th row
   * (0-based) of {@code configuration} in the results file: function name → trend, empty when the
   * folder holds none that can be read.
   */
  Map<String, LatencyDetail> latencies(Configuration configuration, int row, boolean needed) {
    if (!needed || dir == null) {
      return Map.of();
    }
    for (ConfigIdHash hash : ConfigIdHash.values()) {
      List<Path> files = filesById().get(configuration.id(hash));
      if (files != null) {
        return row < files.size() ? latencies(files.get(row), configuration) : Map.of();
      }
    }
    return Map.of();
  }

  /** Config id → its summaries by repetition, then iteration. */
  private Map<String, List<Path>> filesById() {
    if (filesById == null) {
      filesById = list(dir);
    }
    return filesById;
  }

  private static Map<String, List<Path>> list(Path dir) {
    Map<String, List<SavedFile>> found = new HashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (name.matches()) {
          // Checked as listed, needed or not: a FIFO here would block whichever read comes.
          RegularFiles.checkFile(file, "k6 summary");
          found
              .computeIfAbsent(name.group(1), id -> new ArrayList<>())
              .add(
                  new SavedFile(
                      file, Integer.parseInt(name.group(3)), Integer.parseInt(name.group(2))));
        }
      }
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | NumberFormatException e) {
      throw new SamplerException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    Map<String, List<Path>> ordered = new HashMap<>();
    found.forEach(
        (id, files) ->
            ordered.put(
                id,
                files.stream()
                    .sorted(
                        Comparator.comparingInt(SavedFile::repetition)
                            .thenComparingInt(SavedFile::iteration))
                    .map(SavedFile::path)
                    .toList()));
    return ordered;
  }

  /** Function name → its latency trend in {@code summary}; empty when it cannot be read. */
  private Map<String, LatencyDetail> latencies(Path summary, Configuration configuration) {
    List<String> functions = configuration.functionNames().stream().sorted().toList();
    try (InputStream in = RegularFiles.openRead(summary, "k6 summary")) {
      // The cap counts the bytes read: a size the file system reports may be 0 (/dev/zero).
      byte[] bytes = in.readNBytes(LARGEST_SUMMARY_BYTES + 1);
      if (bytes.length > LARGEST_SUMMARY_BYTES) {
        LOG.warn(
            "{}: larger than {} MiB, not a k6 summary; its percentiles are left out",
            summary,
            LARGEST_SUMMARY_BYTES >> 20);
        return Map.of();
      }
      String json = new String(bytes, StandardCharsets.UTF_8);
      return parser.latencies(summary.toString(), json, functions);
    } catch (IOException | K6SummaryException e) {
      LOG.warn("{}: cannot be read ({}); its percentiles are left out", summary, e.getMessage());
      return Map.of();
    }
  }

  private record SavedFile(Path path, int repetition, int iteration) {}
}
