package org.dfaas.sampler.results;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.OutputSettings;
import org.dfaas.sampler.config.OutputSettings.ConfigIdHash;
import org.dfaas.sampler.metrics.MetricsRow;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.search.IterationTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder of one campaign (compat §6), written so that nothing finished is ever lost:
 * each iteration's summary and metrics files are replaced atomically, then its row is appended to
 * {@code results.csv} and synced, before the call returns; a configuration joins {@code index.csv}
 * when all its iterations are done. Opening a folder reads what it already holds, an old tool's
 * folder included, so a campaign resumes exactly where it stopped.
 *
 * <p>Thread-safe for a pool's targets: the appends to the shared CSVs are serialized; the files of
 * one configuration or iteration (its script, summary and metrics) are written by the one thread
 * running it, outside that lock, so one target's syncs to disk do not queue the others behind it.
 */
public final class ResultStore implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(ResultStore.class);

  private final Path folder;
  private final List<String> campaignFunctions;
  private final ResultsCsv resultsLayout;
  private final SkippedCsv skippedLayout;
  private final IndexCsv indexLayout = new IndexCsv();
  private final AppendOnlyCsv results;
  private final AppendOnlyCsv skipped;
  private final AppendOnlyCsv index;
  private final FailuresCsv failuresLayout;
  private final ConfigIdHash idHash;
  private AppendOnlyCsv failures;
  private final ResumeState resumeState;
  private final Set<ConfigKey> listedAsSkipped;
  private final FolderLock lock;

  private ResultStore(
      FolderLock lock,
      Path folder,
      ResultsCsv resultsLayout,
      SkippedCsv skippedLayout,
      AppendOnlyCsv results,
      AppendOnlyCsv skipped,
      AppendOnlyCsv index,
      ResumeState resumeState,
      Set<ConfigKey> listedAsSkipped,
      ConfigIdHash idHash) {
    this.lock = lock;
    this.idHash = idHash;
    this.failuresLayout = new FailuresCsv(idHash);
    this.folder = folder;
    this.campaignFunctions = resultsLayout.functions();
    this.resultsLayout = resultsLayout;
    this.skippedLayout = skippedLayout;
    this.results = results;
    this.skipped = skipped;
    this.index = index;
    this.resumeState = resumeState;
    this.listedAsSkipped = listedAsSkipped;
  }

  /**
   * Opens (creating when needed) the output folder of a campaign of these functions.
   *
   * <p>The folder is locked for this campaign until {@link #close}; a folder another campaign holds
   * is refused before anything in it is touched.
   *
   * @throws HeaderMismatchException when a file there belongs to a campaign of other functions
   * @throws SamplerException exit 2 naming the owner when another campaign uses the folder; exit 1
   *     naming the folder when it cannot be created, read or written
   */
  public static ResultStore open(Path folder, Collection<String> campaignFunctions) {
    OutputFolderEntries.check(folder);
    return open(folder, campaignFunctions, new ResultsCsv(campaignFunctions), ConfigIdHash.SHA1);
  }

  /**
   * Opens (creating when needed) the output folder of a campaign of these functions, written as
   * {@code output} says. A {@code results.csv} already there keeps the header it was started with:
   * with or without the extra columns, or with the fewer an earlier build wrote, whatever {@code
   * results_extra_columns} says now (a notice says so), so the old tool's folders stay as they are;
   * likewise a folder whose artifacts are named by the other {@code config_id_hash} keeps its
   * names.
   *
   * @throws HeaderMismatchException when a file there belongs to a campaign of other functions
   * @throws SamplerException naming the folder when it cannot be created, read or written
   */
  public static ResultStore open(
      Path folder, Collection<String> campaignFunctions, OutputSettings output) {
    return open(folder, campaignFunctions, output, false);
  }

  /**
   * As {@link #open(Path, Collection, OutputSettings)}; with {@code targetColumn} (a pool), a new
   * {@code results.csv} gets the {@code target} column last. A file already there keeps its header,
   * with or without it.
   */
  public static ResultStore open(
      Path folder,
      Collection<String> campaignFunctions,
      OutputSettings output,
      boolean targetColumn) {
    OutputFolderEntries.check(folder);
    List<String> added = FunctionColumns.widen(folder, campaignFunctions, hostName());
    if (!added.isEmpty()) {
      LOG.info("{}: columns added for {}, the rows there kept", folder, String.join(", ", added));
    }
    ResultsCsv wanted =
        new ResultsCsv(campaignFunctions, output.extraColumns(), output.latencyFormat())
            .withTargetColumn(targetColumn);
    ResultsCsv followed = followFolder(folder, wanted);
    if (followed == wanted && !startedWith(folder, wanted)) {
      ResultsCsv flipped = followFolder(folder, wanted.withTargetColumn(!targetColumn));
      if (startedWith(folder, flipped)) {
        LOG.info(
            "{} was started {} the target column: it keeps its header",
            folder.resolve(ArtifactNames.RESULTS_CSV),
            targetColumn ? "without" : "with");
        followed = flipped;
      }
    }
    return open(folder, campaignFunctions, followed, output.configIdHash());
  }

  private static ResultStore open(
      Path folder,
      Collection<String> campaignFunctions,
      ResultsCsv resultsLayout,
      ConfigIdHash wantedIdHash) {
    SkippedCsv skippedLayout = new SkippedCsv(campaignFunctions);
    AppendOnlyCsv results = null;
    AppendOnlyCsv skipped = null;
    AppendOnlyCsv index = null;
    FolderLock lock = null;
    try {
      DurableFiles.createFolder(folder);
      lock = FolderLock.acquire(folder, FolderLock.thisProcess(hostName(), Instant.now()));
      // Every header is checked before anything in the folder changes.
      AppendOnlyCsv.checkHeader(
          folder.resolve(ArtifactNames.RESULTS_CSV),
          resultsLayout.dialect(),
          resultsLayout.header());
      AppendOnlyCsv.checkHeader(
          folder.resolve(ArtifactNames.SKIPPED_CSV),
          skippedLayout.dialect(),
          skippedLayout.header());
      IndexCsv indexLayout = new IndexCsv();
      AppendOnlyCsv.checkHeader(
          folder.resolve(ArtifactNames.INDEX_CSV), indexLayout.dialect(), indexLayout.header());
      removeLeftovers(folder);
      results = openLogged(folder.resolve(ArtifactNames.RESULTS_CSV), resultsLayout);
      skipped = openLogged(folder.resolve(ArtifactNames.SKIPPED_CSV), skippedLayout);
      index = openLogged(folder.resolve(ArtifactNames.INDEX_CSV), new IndexCsv());
      Path resultsFile = folder.resolve(ArtifactNames.RESULTS_CSV);
      Set<ConfigKey> indexed = IndexReader.doneKeys(folder.resolve(ArtifactNames.INDEX_CSV));
      Map<ConfigKey, IterationTally> tallies = ResultsReader.tally(resultsFile);
      Set<ConfigKey> unfinished = new HashSet<>(tallies.keySet());
      unfinished.removeAll(indexed);
      Set<ConfigKey> listed =
          new HashSet<>(SkippedReader.keys(folder.resolve(ArtifactNames.SKIPPED_CSV)));
      ResumeState state =
          new ResumeState(
              indexed,
              tallies,
              ResultsReader.firstRows(resultsFile, unfinished),
              failedNotDone(folder, listed, indexed));
      Set<ConfigKey> known = new HashSet<>(indexed);
      known.addAll(tallies.keySet());
      ConfigIdHash idHash = ConfigIdFolder.follow(folder, known, wantedIdHash);
      return new ResultStore(
          lock,
          folder,
          resultsLayout,
          skippedLayout,
          results,
          skipped,
          index,
          state,
          listed,
          idHash);
    } catch (IOException e) {
      closeQuietly(lock, results, skipped, index);
      throw new SamplerException(
          "cannot use output folder " + folder + ": " + e.getMessage(),
          ExitCode.RUNTIME_FAILURE,
          "check that the folder is writable and the disk has space",
          e);
    } catch (RuntimeException e) {
      closeQuietly(lock, results, skipped, index);
      throw e;
    }
  }

  /**
   * The configurations {@code skipped.csv} lists that have a failed attempt in {@code failures.csv}
   * (named by either digest, compat §11) and are not in the index.
   */
  private static Set<ConfigKey> failedNotDone(
      Path folder, Set<ConfigKey> listed, Set<ConfigKey> indexed) {
    Set<String> failedIds = FailuresReader.failedIds(folder.resolve(ArtifactNames.FAILURES_CSV));
    Set<ConfigKey> failed = new HashSet<>();
    if (failedIds.isEmpty()) {
      return failed;
    }
    for (ConfigKey key : listed) {
      Configuration configuration = key.configuration();
      if (!indexed.contains(key)
          && (failedIds.contains(configuration.id(ConfigIdHash.SHA1))
              || failedIds.contains(configuration.id(ConfigIdHash.SHA256)))) {
        failed.add(key);
      }
    }
    return failed;
  }

  /**
   * {@code wanted}, or the variant whose header the folder's results.csv has: one started without
   * the extra columns, or by a build that wrote fewer of them, keeps its header.
   */
  private static ResultsCsv followFolder(Path folder, ResultsCsv wanted) {
    Path file = folder.resolve(ArtifactNames.RESULTS_CSV);
    String found;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      found = in.readLine();
    } catch (NoSuchFileException e) {
      return wanted;
    } catch (IOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (found == null || found.replace("\uFEFF", "").equals(headerLine(wanted))) {
      return wanted;
    }
    for (ResultsCsv.Extras extras : ResultsCsv.Extras.values()) {
      ResultsCsv other = wanted.withExtras(extras);
      if (found.replace("\uFEFF", "").equals(headerLine(other))) {
        LOG.info(
            "{} was started {}: it keeps its header (results_extra_columns: {} applies to new"
                + " folders)",
            file,
            describe(extras),
            wanted.extraColumns());
        return other;
      }
    }
    return wanted;
  }

  /** Whether the folder's {@code results.csv} has the header of {@code layout}. */
  private static boolean startedWith(Path folder, ResultsCsv layout) {
    Path file = folder.resolve(ArtifactNames.RESULTS_CSV);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String found = in.readLine();
      return found != null && found.replace("\uFEFF", "").equals(headerLine(layout));
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String describe(ResultsCsv.Extras extras) {
    return switch (extras) {
      case NONE -> "without the extra columns";
      case LATENCY_DETAIL -> "with the extra columns but without overload_reason";
      case OVERLOAD_REASON -> "with the extra columns but without the pandas-safe target column";
      case TARGET -> "with the extra columns but without node_cores";
      case NODE_CORES -> "with every extra column";
    };
  }

  private static String headerLine(ResultsCsv layout) {
    String line = layout.dialect().formatRecord(layout.header());
    return line.substring(0, line.length() - CsvDialect.LINE_END.length());
  }

  /** The kernel's host name (what {@code hostname} prints), for the lock's owner; no DNS. */
  private static String hostName() {
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

  private static AppendOnlyCsv openLogged(Path file, CsvTable<?> layout) throws IOException {
    AppendOnlyCsv csv = AppendOnlyCsv.open(file, layout.dialect(), layout.header());
    if (csv.tornLine() != null) {
      LOG.warn(
          "{}: its last line was cut short (the previous run stopped mid-write); moved it to {}",
          file,
          csv.tornLine());
    }
    return csv;
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

  /** What the folder held when it was opened. */
  public ResumeState resumeState() {
    return resumeState;
  }

  /** The output folder. */
  public Path folder() {
    return folder;
  }

  /** Writes {@code campaign.yaml}, the effective config the campaign was started with. */
  public synchronized void writeCampaignConfig(String yaml) {
    replace(Path.of(ArtifactNames.CAMPAIGN_YAML), yaml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The digest of the config ids in this folder's artifact names: the config's {@code
   * config_id_hash}, or the other one when the folder was started with it.
   */
  public ConfigIdHash configIdHash() {
    return idHash;
  }

  /**
   * Writes {@code k6_scripts/config-{id}.js}. Not under the store's lock: the file is the
   * configuration's own, and a configuration runs on one target at a time.
   */
  public void writeScript(String configId, String script) {
    replace(ArtifactNames.k6Script(configId), script.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Records one finished iteration: its summary and metrics files, then its row. When this returns,
   * all three are on disk.
   */
  public void recordIteration(IterationRecord record) {
    recordIteration(record, "");
  }

  /**
   * As {@link #recordIteration(IterationRecord)}, naming the pool target that ran it in the {@code
   * target} column when the file has one. The iteration's own files are written first, outside the
   * store's lock (each names its configuration and iteration, run by one target at a time; each
   * sync to disk costs milliseconds, and a pool's targets finish together); then the row is
   * appended under the lock, so rows never interleave and a row on disk always has its files.
   */
  public void recordIteration(IterationRecord record, String target) {
    String id = record.configuration().id(idHash);
    replace(
        ArtifactNames.summary(id, record.iteration(), record.repetition()),
        record.summaryJson().getBytes(StandardCharsets.UTF_8));
    replace(
        ArtifactNames.metrics(id, record.iteration(), record.repetition()),
        metricsFile(record).getBytes(StandardCharsets.UTF_8));
    synchronized (this) {
      append(results, resultsLayout.cells(record.row(), target));
    }
  }

  /** Lists a configuration in {@code skipped.csv}, once however often it is skipped. */
  public synchronized void recordSkipped(Configuration configuration) {
    if (listedAsSkipped.add(configuration.key())) {
      append(skipped, skippedLayout.cells(configuration));
    }
  }

  /**
   * Records a failed attempt: the configuration in {@code skipped.csv} (once) and a row with its
   * error in {@code failures.csv}, a file made at the first failure.
   */
  public synchronized void recordFailure(FailuresCsv.Failure failure) {
    recordSkipped(failure.configuration());
    try {
      if (failures == null) {
        failures = openLogged(folder.resolve(ArtifactNames.FAILURES_CSV), failuresLayout);
      }
    } catch (IOException e) {
      throw new SamplerException(
          "cannot open " + folder.resolve(ArtifactNames.FAILURES_CSV) + ": " + e.getMessage(),
          ExitCode.RUNTIME_FAILURE,
          "check that the output folder is writable and the disk has space",
          e);
    }
    append(failures, failuresLayout.cells(failure));
  }

  /** Appends a configuration whose iterations are all done to {@code index.csv}. */
  public synchronized void recordDone(Configuration configuration) {
    if (resumeState.indexed().contains(configuration.key())) {
      return; // topped up to more iterations: listed already
    }
    append(index, indexLayout.cells(IndexEntry.of(configuration)));
  }

  /**
   * Replaces {@code frontier.csv} with one row per configuration, in the order given: written whole
   * to a temporary file and renamed, so a reader never sees half of it.
   */
  public synchronized void writeFrontier(Iterable<FrontierRow> rows) {
    Path file = folder.resolve(ArtifactNames.FRONTIER_CSV);
    CsvTable<FrontierRow> layout = new FrontierCsv(campaignFunctions, idHash);
    try {
      DurableFiles.replaceText(
          file,
          out -> {
            CsvTableWriter<FrontierRow> writer = new CsvTableWriter<>(out, layout);
            writer.writeHeader();
            for (FrontierRow row : rows) {
              writer.writeRow(row);
            }
          });
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  private static String metricsFile(IterationRecord record) {
    MetricsCsv layout = MetricsCsv.forConfiguration(record.configuration());
    StringWriter text = new StringWriter();
    try {
      CsvTableWriter<MetricsRow> writer = new CsvTableWriter<>(text, layout);
      writer.writeHeader();
      writer.writeRow(record.metrics());
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  private void replace(Path relative, byte[] content) {
    Path file = folder.resolve(relative);
    try {
      DurableFiles.replace(file, content);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  private static SamplerException cannotWrite(Path file, IOException e) {
    return new SamplerException(
        "cannot write " + file + ": " + e.getMessage(),
        ExitCode.RUNTIME_FAILURE,
        "check that the output folder is writable and the disk has space",
        e);
  }

  private static void append(AppendOnlyCsv file, List<String> cells) {
    try {
      file.append(cells);
    } catch (IOException e) {
      throw new SamplerException(
          "cannot append to " + file.file() + ": " + e.getMessage(),
          ExitCode.RUNTIME_FAILURE,
          "check that the output folder is writable and the disk has space",
          e);
    }
  }

  @Override
  public void close() throws IOException {
    try (lock;
        results;
        skipped;
        index) {
      LOG.debug("closing output folder {}", folder);
    } finally {
      if (failures != null) {
        failures.close();
      }
    }
  }

  /**
   * What an output folder held when it was opened.
   *
   * @param indexed the configurations in {@code index.csv}: done
   * @param tallies per configuration, its rows in {@code results.csv}
   * @param firstRows the first row of each configuration with rows that is not in the index: what
   *     adaptive iterations judge a resumed configuration by
   * @param failed the configurations listed in {@code skipped.csv} with a failed attempt in {@code
   *     failures.csv}, not in the index
   */
  public record ResumeState(
      Set<ConfigKey> indexed,
      Map<ConfigKey, IterationTally> tallies,
      Map<ConfigKey, ResultRow> firstRows,
      Set<ConfigKey> failed) {

    public ResumeState {
      indexed = Set.copyOf(indexed);
      tallies = Map.copyOf(tallies);
      firstRows = Map.copyOf(firstRows);
      failed = Set.copyOf(failed);
    }

    /** The first row {@code results.csv} holds of an unfinished configuration. */
    public java.util.Optional<ResultRow> firstRow(ConfigKey key) {
      return java.util.Optional.ofNullable(firstRows.get(key));
    }

    /** The rows {@code results.csv} holds of this configuration. */
    public IterationTally tally(ConfigKey key) {
      return tallies.getOrDefault(key, IterationTally.NONE);
    }
  }
}
