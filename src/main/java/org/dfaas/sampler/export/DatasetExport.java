package org.dfaas.sampler.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dfaas.sampler.Closing;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.ColumnNames;
import org.dfaas.sampler.results.CsvDialect;
import org.dfaas.sampler.results.CsvHeader;
import org.dfaas.sampler.results.CsvReader;
import org.dfaas.sampler.results.RecordedResults;
import org.dfaas.sampler.results.ResultsFileReader;

/**
 * Exports an output folder's dataset (see docs/export.md). The folder is only read, without its
 * lock, so a running campaign's folder exports as it stands: each results file is read as it was
 * when its reading began, and a last row still being written is left out and counted. The export is
 * written beside its destination ({@code OUT.part}) and renamed into place once complete, so a
 * failed export leaves nothing that looks finished. Not thread-safe; one instance per export.
 */
public final class DatasetExport {

  /** How many rows are read between two calls to {@link ExportProgress}. */
  public static final long PROGRESS_EVERY = 100_000;

  private final ExportRequest request;
  private final ExportProgress progress;
  private final long progressEvery;
  private final Path staging;
  private final Map<String, DatasetSink> sinks = new LinkedHashMap<>();
  private final Set<ConfigKey> writtenConfigurations = new HashSet<>();
  private final Set<String> labelsSeen = new TreeSet<>();
  private DatasetSink single;
  private long rowsRead;
  private long rowsWritten;
  private long predicted;
  private long inferredOk;
  private long failed;
  private long torn;

  private DatasetExport(ExportRequest request, ExportProgress progress, long progressEvery) {
    this.request = request;
    this.progress = progress;
    this.progressEvery = progressEvery;
    this.staging = request.out().resolveSibling(request.out().getFileName() + ".part");
  }

  /**
   * Runs {@code request}.
   *
   * @throws SamplerException with exit code 2 when the folder is not an output folder, a file in it
   *     is malformed, the destination already holds something or {@code --target} names no target
   *     of the folder; 1 when writing fails
   */
  public static ExportSummary run(ExportRequest request, ExportProgress progress) {
    return run(request, progress, PROGRESS_EVERY);
  }

  /** As {@link #run(ExportRequest, ExportProgress)}, telling progress every {@code every} rows. */
  static ExportSummary run(ExportRequest request, ExportProgress progress, long every) {
    List<SourceFolder> sources = SourceFolder.find(request.source(), request.target());
    requireFreeDestination(request);
    return new DatasetExport(request, progress, every).export(sources);
  }

  private ExportSummary export(List<SourceFolder> sources) {
    try {
      DatasetWriting.deleteTree(staging);
      if (request.format().writesFolder()) {
        Files.createDirectories(staging);
      } else {
        single = openFile(sources);
      }
      for (SourceFolder source : sources) {
        exportFolder(source);
      }
      if (request.target().isPresent() && rowsWritten == 0 && !labelsSeen.isEmpty()) {
        throw new SamplerException(
            "--target "
                + request.target().get()
                + ": no rows of that target in "
                + request.source(),
            ExitCode.BAD_INPUT,
            "its targets: " + String.join(", ", labelsSeen),
            null);
      }
      List<String> targets = List.copyOf(sinks.keySet());
      closeSinks();
      if (request.format().writesFolder()) {
        DatasetWriting.collapseSingleTarget(staging, onePerTarget(sources), targets);
      }
      DatasetWriting.moveIntoPlace(staging, request.out());
    } catch (IOException | UncheckedIOException e) {
      SamplerException failure =
          new SamplerException(
              "cannot write the export to " + request.out() + ": " + e.getMessage(), e);
      abandon(failure);
      throw failure;
    } catch (RuntimeException e) {
      abandon(e);
      throw e;
    }
    return new ExportSummary(
        rowsWritten,
        writtenConfigurations.size(),
        predicted,
        inferredOk,
        failed,
        torn,
        List.of(request.out()));
  }

  private void exportFolder(SourceFolder source) throws IOException {
    Set<ConfigKey> measured = new HashSet<>();
    Set<String> labelsOfFolder = new TreeSet<>();
    RecordedResults read;
    try {
      read =
          ResultsFileReader.read(
              source.folder().resolve(ArtifactNames.RESULTS_CSV),
              row -> {
                countRead();
                measured.add(row.configuration().key());
                String label = row.target().isEmpty() ? source.name() : row.target();
                labelsSeen.add(label);
                if (request.target().isPresent() && !request.target().get().equals(label)) {
                  return;
                }
                labelsOfFolder.add(label);
                try {
                  sink(source, label).row(row, label);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                rowsWritten++;
                writtenConfigurations.add(row.configuration().key());
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    torn += read.torn() ? 1 : 0;
    SkippedConfigurations skipped =
        SkippedConfigurations.read(source.folder()).withoutMeasured(measured);
    predicted += skipped.predictedOverloaded().size();
    inferredOk += skipped.inferredNotOverloaded().size();
    failed += skipped.failed().size();
    if (labelsOfFolder.isEmpty()) {
      labelsOfFolder.add(request.target().orElse(source.name()));
    }
    for (String label : labelsOfFolder) {
      DatasetSink sink = sink(source, label);
      for (Configuration configuration : skipped.predictedOverloaded()) {
        sink.predictedOverload(configuration);
      }
    }
  }

  private void countRead() {
    rowsRead++;
    if (rowsRead % progressEvery == 0) {
      progress.rowsRead(rowsRead);
    }
  }

  /** The one file's sink, or the folder of one target's dataset. */
  private DatasetSink sink(SourceFolder source, String label) throws IOException {
    if (single != null) {
      return single;
    }
    DatasetSink sink = sinks.get(label);
    if (sink == null) {
      sink = new DfaasDataset(staging.resolve(DatasetWriting.folderName(label, source)));
      sinks.put(label, sink);
    }
    return sink;
  }

  /** Whether each target gets a folder of its own even when there is only one. */
  private boolean onePerTarget(List<SourceFolder> sources) {
    return request.target().isEmpty() && sources.stream().anyMatch(SourceFolder::ofFleet);
  }

  private DatasetSink openFile(List<SourceFolder> sources) throws IOException {
    Path parent = staging.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (request.format() == ExportFormat.JSONL) {
      return new JsonLinesDataset(staging);
    }
    Set<String> functions = new TreeSet<>();
    for (SourceFolder source : sources) {
      functions.addAll(headerFunctions(source.folder().resolve(ArtifactNames.RESULTS_CSV)));
    }
    return new CsvDataset(staging, functions);
  }

  private static List<String> headerFunctions(Path file) {
    CsvHeader header = CsvReader.header(file, CsvDialect.COMMA);
    List<String> functions = new ArrayList<>();
    if (header != null) {
      for (String column : header.names()) {
        if (column.startsWith(ColumnNames.FUNCTION_PREFIX)) {
          functions.add(column.substring(ColumnNames.FUNCTION_PREFIX.length()));
        }
      }
    }
    return functions;
  }

  private void closeSinks() throws IOException {
    List<DatasetSink> all = new ArrayList<>(sinks.values());
    if (single != null) {
      all.add(single);
    }
    sinks.clear();
    single = null;
    Closing.closeAll(all, IOException.class, DatasetSink::close);
  }

  /** Closes and removes what a failed export wrote; failures doing so join {@code failure}. */
  private void abandon(Throwable failure) {
    try {
      closeSinks();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    try {
      DatasetWriting.deleteTree(staging);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static void requireFreeDestination(ExportRequest request) {
    Path out = request.out();
    boolean taken;
    try {
      taken =
          request.format().writesFolder()
              ? Files.exists(out) && !DatasetWriting.isEmptyFolder(out)
              : Files.exists(out);
    } catch (IOException e) {
      throw new SamplerException("cannot read " + out + ": " + e.getMessage(), e);
    }
    if (taken) {
      throw new SamplerException(
          "--out "
              + out
              + " already exists"
              + (request.format().writesFolder() ? " and is not empty" : ""),
          ExitCode.BAD_INPUT,
          "name a new "
              + (request.format().writesFolder() ? "folder" : "file")
              + ": an export never overwrites anything",
          null);
    }
  }
}
