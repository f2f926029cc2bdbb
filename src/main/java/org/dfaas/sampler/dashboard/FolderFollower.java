package org.dfaas.sampler.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.report.CampaignSummary;
import org.dfaas.sampler.report.LiveCampaign;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.CampaignStatus;
import org.dfaas.sampler.results.CampaignStatusFile;
import org.dfaas.sampler.results.ColumnNames;
import org.dfaas.sampler.results.CsvDialect;
import org.dfaas.sampler.results.CsvReader;
import org.dfaas.sampler.results.FrontierReader;
import org.dfaas.sampler.results.FrontierRow;
import org.dfaas.sampler.results.IndexReader;
import org.dfaas.sampler.results.LockOwner;
import org.dfaas.sampler.results.OutputFolderEntries;
import org.dfaas.sampler.results.ResultsFileReader;
import org.dfaas.sampler.results.SkippedReader;

/**
 * An output folder followed as a campaign writes it, read-only and without its lock: each poll
 * reads only what the appended files gained since the last ({@code results.csv}, {@code
 * skipped.csv}, {@code index.csv}, {@code failures.csv}, {@code campaign.log}) through the one CSV
 * reader, and reads the small files that are replaced whole ({@code status.json}, {@code
 * frontier.csv}, the lock) only when they changed. Memory grows with the configurations, never with
 * the rows: rows are added to the report's aggregates and dropped.
 *
 * <p>Not thread-safe: one thread polls and reads it.
 */
final class FolderFollower {

  /** The latest rows and failures kept for the page. */
  static final int KEPT_ROWS = 15;

  private final Path folder;
  private final GrowingFile results;
  private final GrowingFile skippedFile;
  private final GrowingFile indexFile;
  private final GrowingFile failuresFile;
  private final LogTail log;
  private final Stamp frontierStamp;
  private final Stamp statusStamp;
  private LiveCampaign live;
  private final List<Configuration> skipped = new ArrayList<>();
  private final List<ConfigKey> done = new ArrayList<>();
  private final Deque<RowBrief> latest = new ArrayDeque<>();
  private final Map<String, RowBrief> lastByTarget = new LinkedHashMap<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private long failureCount;
  private long rows;
  private List<FrontierRow> frontier = List.of();
  private Optional<CampaignStatus> status = Optional.empty();
  private Optional<LockOwner> lock = Optional.empty();
  private String statusProblem = "";

  /**
   * One failed attempt, as {@code failures.csv} records it.
   *
   * @param id the config id
   * @param configuration the configuration, described
   * @param time when it failed
   * @param error what went wrong, credentials in URLs masked
   */
  record Failure(String id, String configuration, String time, String error) {}

  FolderFollower(Path folder) {
    this.folder = folder;
    this.results = new GrowingFile(folder.resolve(ArtifactNames.RESULTS_CSV), true);
    this.skippedFile = new GrowingFile(folder.resolve(ArtifactNames.SKIPPED_CSV), true);
    this.indexFile = new GrowingFile(folder.resolve(ArtifactNames.INDEX_CSV), true);
    this.failuresFile = new GrowingFile(folder.resolve(ArtifactNames.FAILURES_CSV), true);
    this.log = new LogTail(folder.resolve(ArtifactNames.CAMPAIGN_LOG));
    this.frontierStamp = new Stamp(folder.resolve(ArtifactNames.FRONTIER_CSV));
    this.statusStamp = new Stamp(folder.resolve(CampaignStatusFile.NAME));
    this.live = new LiveCampaign(folder);
  }

  /**
   * Reads what changed in the folder since the last poll.
   *
   * @return whether anything did
   * @throws SamplerException exit 2 when an entry is a link or a file is malformed; 1 when a file
   *     cannot be read
   */
  boolean poll() {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false; // no campaign yet: the folder appears when one starts
    }
    OutputFolderEntries.check(folder);
    boolean changed = results.next((text, restarted) -> rows(text, restarted));
    changed |=
        skippedFile.next(
            (text, restarted) -> {
              if (restarted) {
                skipped.clear();
              }
              skipped.addAll(SkippedReader.configurations(text, ArtifactNames.SKIPPED_CSV));
            });
    changed |=
        indexFile.next(
            (text, restarted) -> {
              if (restarted) {
                done.clear();
              }
              IndexReader.read(text, ArtifactNames.INDEX_CSV).forEach(e -> done.add(e.key()));
            });
    changed |= failuresFile.next(this::failures);
    changed |= log.poll();
    if (frontierStamp.changed()) {
      frontier = FrontierReader.read(folder.resolve(ArtifactNames.FRONTIER_CSV));
      changed = true;
    }
    if (statusStamp.changed()) {
      readStatus();
      changed = true;
    }
    Optional<LockOwner> owner = lockOwner();
    changed |= !owner.equals(lock);
    lock = owner;
    return changed;
  }

  private void rows(java.io.Reader text, boolean restarted) throws IOException {
    if (restarted) {
      live = new LiveCampaign(folder);
      latest.clear();
      lastByTarget.clear();
      rows = 0;
    }
    ResultsFileReader.read(
        text,
        ArtifactNames.RESULTS_CSV,
        new ResultsFileReader.Visitor() {
          @Override
          public void functions(List<String> functions) {
            live.functions(functions);
          }

          @Override
          public void row(org.dfaas.sampler.results.RecordedRow row) {
            live.add(row);
            RowBrief brief = RowBrief.of(++rows, row);
            latest.addLast(brief);
            if (latest.size() > KEPT_ROWS) {
              latest.removeFirst();
            }
            lastByTarget.put(row.target(), brief);
          }
        });
  }

  private void failures(java.io.Reader text, boolean restarted) throws IOException {
    if (restarted) {
      failures.clear();
      failureCount = 0;
    }
    CsvReader.read(
        text,
        ArtifactNames.FAILURES_CSV,
        CsvDialect.COMMA,
        row -> {
          failureCount++;
          failures.addLast(
              new Failure(
                  row.text(ColumnNames.CONFIG_ID),
                  row.text("pairs"),
                  row.text("time"),
                  Secrets.maskUrlCredentials(row.text("error"))));
          if (failures.size() > KEPT_ROWS) {
            failures.removeFirst();
          }
        });
  }

  private void readStatus() {
    try {
      status = CampaignStatusFile.read(folder);
      statusProblem = "";
    } catch (IOException e) {
      // A status of another version, or damaged: the page does without it and says why.
      status = Optional.empty();
      statusProblem = e.getMessage();
    }
  }

  private Optional<LockOwner> lockOwner() {
    try {
      return LockOwner.of(folder);
    } catch (IOException e) {
      throw new SamplerException(
          "cannot read the lock file of " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The campaign as the report models it, from what was read so far. */
  CampaignSummary summary() {
    return new CampaignSummary(live.snapshot(skipped, done, false, log.span(), frontier));
  }

  Path folder() {
    return folder;
  }

  /**
   * The folders in it that hold a campaign of their own (a fleet's, one per target), in name order;
   * empty for a campaign's own folder.
   */
  List<String> fleetTargets() {
    if (hasCampaign() || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> children = Files.list(folder)) {
      return children
          .filter(child -> Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))
          .filter(child -> Files.isRegularFile(child.resolve(ArtifactNames.CAMPAIGN_YAML)))
          .map(child -> child.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SamplerException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Whether the folder holds anything of a campaign yet. */
  boolean hasCampaign() {
    return rows > 0 || !log.runId().isEmpty() || status.isPresent() || !skipped.isEmpty();
  }

  long rows() {
    return rows;
  }

  LogTail log() {
    return log;
  }

  Optional<CampaignStatus> status() {
    return status;
  }

  /** Why the status file could not be read; empty when it could, or there is none. */
  String statusProblem() {
    return statusProblem;
  }

  Optional<LockOwner> lock() {
    return lock;
  }

  List<RowBrief> latest() {
    return List.copyOf(latest);
  }

  Map<String, RowBrief> lastByTarget() {
    return Map.copyOf(lastByTarget);
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  long failureCount() {
    return failureCount;
  }

  long done() {
    return done.size();
  }

  /** A file replaced whole: changed when its size, time or identity did. */
  private static final class Stamp {
    private final Path file;
    private Object seen = "absent";

    Stamp(Path file) {
      this.file = file;
    }

    boolean changed() {
      Object now;
      try {
        if (!RegularFiles.checkFile(file, "output folder entry")) {
          now = "absent";
        } else {
          BasicFileAttributes a =
              Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          now = List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
        }
      } catch (IOException e) {
        now = "absent"; // removed between the check and the read: absent until it is back
      }
      boolean changed = !now.equals(seen);
      seen = now;
      return changed;
    }
  }
}
