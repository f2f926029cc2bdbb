package org.dfaas.sampler.results;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final OpenTables tables;
  private final FailuresCsv failuresLayout;
  private final ConfigIdHash idHash;
  private AppendOnlyCsv failures;
  private final ResumeState resumeState;
  private final Set<ConfigKey> listedAsSkipped;

  private ResultStore(
      OpenTables tables,
      Path folder,
      ResultsCsv resultsLayout,
      SkippedCsv skippedLayout,
      ResumeState resumeState,
      Set<ConfigKey> listedAsSkipped,
      ConfigIdHash idHash) {
    this.tables = tables;
    this.idHash = idHash;
    this.failuresLayout = new FailuresCsv(idHash);
    this.folder = folder;
    this.campaignFunctions = resultsLayout.functions();
    this.resultsLayout = resultsLayout;
    this.skippedLayout = skippedLayout;
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
    List<String> added = FunctionColumns.widen(folder, campaignFunctions, OpenTables.hostName());
    if (!added.isEmpty()) {
      LOG.info("{}: columns added for {}, the rows there kept", folder, String.join(", ", added));
    }
    ResultsCsv wanted =
        new ResultsCsv(campaignFunctions, output.extraColumns(), output.latencyFormat())
            .withTargetColumn(targetColumn);
    return open(
        folder,
        campaignFunctions,
        KeptResultsHeader.of(folder, wanted, targetColumn),
        output.configIdHash());
  }

  private static ResultStore open(
      Path folder,
      Collection<String> campaignFunctions,
      ResultsCsv resultsLayout,
      ConfigIdHash wantedIdHash) {
    SkippedCsv skippedLayout = new SkippedCsv(campaignFunctions);
    OpenTables tables = OpenTables.open(folder, resultsLayout, skippedLayout);
    try {
      Set<ConfigKey> listed =
          new HashSet<>(SkippedReader.keys(folder.resolve(ArtifactNames.SKIPPED_CSV)));
      ResumeState state = ResumeStateReader.read(folder, listed);
      Set<ConfigKey> known = new HashSet<>(state.indexed());
      known.addAll(state.tallies().keySet());
      ConfigIdHash idHash = ConfigIdFolder.follow(folder, known, wantedIdHash);
      return new ResultStore(tables, folder, resultsLayout, skippedLayout, state, listed, idHash);
    } catch (RuntimeException e) {
      tables.closeAfterFailure();
      throw e;
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
      append(tables.results(), resultsLayout.cells(record.row(), target));
    }
  }

  /** Lists a configuration in {@code skipped.csv}, once however often it is skipped. */
  public synchronized void recordSkipped(Configuration configuration) {
    if (listedAsSkipped.add(configuration.key())) {
      append(tables.skipped(), skippedLayout.cells(configuration));
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
        failures =
            OpenTables.openLogged(folder.resolve(ArtifactNames.FAILURES_CSV), failuresLayout);
      }
    } catch (IOException e) {
      throw SamplerException.onFile(
          "cannot open",
          folder.resolve(ArtifactNames.FAILURES_CSV),
          e,
          "check that the output folder is writable and the disk has space");
    }
    append(failures, failuresLayout.cells(failure));
  }

  /** Appends a configuration whose iterations are all done to {@code index.csv}. */
  public synchronized void recordDone(Configuration configuration) {
    if (resumeState.indexed().contains(configuration.key())) {
      return; // topped up to more iterations: listed already
    }
    append(tables.index(), indexLayout.cells(IndexEntry.of(configuration)));
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
    return SamplerException.onFile(
        "cannot write", file, e, "check that the output folder is writable and the disk has space");
  }

  private static void append(AppendOnlyCsv file, List<String> cells) {
    try {
      file.append(cells);
    } catch (IOException e) {
      throw SamplerException.onFile(
          "cannot append to",
          file.file(),
          e,
          "check that the output folder is writable and the disk has space");
    }
  }

  @Override
  public void close() throws IOException {
    try (tables) {
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
