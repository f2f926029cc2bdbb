package org.dfaas.sampler.results;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dfaas.sampler.SamplerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A campaign's hold on its output folder: the folder's lock and the tables every campaign appends
 * to, opened once every header is checked and what a stopped run left half-written is removed.
 *
 * @param lock the folder's lock, held until closed
 * @param results {@code results.csv}
 * @param skipped {@code skipped.csv}
 * @param index {@code index.csv}
 */
record OpenTables(
    FolderLock lock, AppendOnlyCsv results, AppendOnlyCsv skipped, AppendOnlyCsv index)
    implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(OpenTables.class);

  /**
   * Creates the folder when needed, locks it and opens its tables; nothing in it changes before
   * every header is found right.
   *
   * @throws HeaderMismatchException when a table there belongs to a campaign of other functions
   * @throws SamplerException exit 2 naming the owner when another campaign holds the folder; exit 1
   *     naming the folder when it cannot be created, read or written
   */
  static OpenTables open(Path folder, ResultsCsv resultsLayout, SkippedCsv skippedLayout) {
    IndexCsv indexLayout = new IndexCsv();
    FolderLock lock = null;
    AppendOnlyCsv results = null;
    AppendOnlyCsv skipped = null;
    try {
      DurableFiles.createFolder(folder);
      lock = FolderLock.acquire(folder, FolderLock.thisProcess(hostName(), Instant.now()));
      // Every header is checked before anything in the folder changes.
      for (var table :
          List.of(
              new Table(ArtifactNames.RESULTS_CSV, resultsLayout),
              new Table(ArtifactNames.SKIPPED_CSV, skippedLayout),
              new Table(ArtifactNames.INDEX_CSV, indexLayout))) {
        AppendOnlyCsv.checkHeader(
            folder.resolve(table.name()), table.layout().dialect(), table.layout().header());
      }
      removeLeftovers(folder);
      results = openLogged(folder.resolve(ArtifactNames.RESULTS_CSV), resultsLayout);
      skipped = openLogged(folder.resolve(ArtifactNames.SKIPPED_CSV), skippedLayout);
      AppendOnlyCsv index = openLogged(folder.resolve(ArtifactNames.INDEX_CSV), indexLayout);
      return new OpenTables(lock, results, skipped, index);
    } catch (IOException e) {
      closeQuietly(lock, results, skipped);
      throw SamplerException.onFile(
          "cannot use output folder",
          folder,
          e,
          "check that the folder is writable and the disk has space");
    } catch (RuntimeException e) {
      closeQuietly(lock, results, skipped);
      throw e;
    }
  }

  private record Table(String name, CsvTable<?> layout) {}

  /** Opens a table for appending; a last line cut short by a stopped run is moved aside. */
  static AppendOnlyCsv openLogged(Path file, CsvTable<?> layout) throws IOException {
    AppendOnlyCsv csv = AppendOnlyCsv.open(file, layout.dialect(), layout.header());
    if (csv.tornLine() != null) {
      LOG.warn(
          "{}: its last line was cut short (the previous run stopped mid-write); moved it to {}",
          file,
          csv.tornLine());
    }
    return csv;
  }

  /** Closes what {@link #open} opened, after something in the folder failed to read. */
  void closeAfterFailure() {
    closeQuietly(lock, results, skipped, index);
  }

  @Override
  public void close() throws IOException {
    try (lock;
        results;
        skipped;
        index) {
      LOG.debug("closing the tables of {}", results.file().getParent());
    }
  }

  /** The kernel's host name (what {@code hostname} prints), for the lock's owner; no DNS. */
  static String hostName() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unknown host (" + e.getClass().getSimpleName() + ")";
    }
  }

  private static void removeLeftovers(Path folder) throws IOException {
    int removed = 0;
    for (Path sub :
        List.of(
            folder,
            folder.resolve(ArtifactNames.SUMMARIES_DIR),
            folder.resolve(ArtifactNames.METRICS_DIR),
            folder.resolve(ArtifactNames.K6_SCRIPTS_DIR))) {
      removed += DurableFiles.removeLeftovers(sub);
    }
    if (removed > 0) {
      LOG.info("{}: removed {} temporary file(s) a stopped run left half-written", folder, removed);
    }
  }

  private static void closeQuietly(Closeable... files) {
    for (Closeable file : files) {
      if (file != null) {
        try {
          file.close();
        } catch (IOException e) {
          LOG.debug("closing {} after a failed open: {}", file, e.toString());
        }
      }
    }
  }
}
