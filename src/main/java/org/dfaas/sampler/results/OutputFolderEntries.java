package org.dfaas.sampler.results;

import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.RegularFiles;

/**
 * What a campaign keeps in its output folder, checked before any of it is read or written: each
 * file that exists must be a regular file and each folder a real folder, never a symbolic link,
 * FIFO, device or socket ({@link RegularFiles}). So a link planted as {@code results.csv} or {@code
 * summaries/} never makes the tool write outside the folder, and a FIFO never blocks it. The files
 * inside {@code summaries/} and {@code metrics/} are checked where each is opened. Stateless.
 */
public final class OutputFolderEntries {

  private static final List<String> FILES =
      List.of(
          FolderLock.NAME,
          CampaignStatusFile.NAME,
          ArtifactNames.RESULTS_CSV,
          ArtifactNames.SKIPPED_CSV,
          ArtifactNames.FAILURES_CSV,
          ArtifactNames.INDEX_CSV,
          ArtifactNames.FRONTIER_CSV,
          ArtifactNames.CAMPAIGN_YAML,
          ArtifactNames.CAMPAIGN_LOG,
          ArtifactNames.REPORT_HTML);

  private static final List<String> FOLDERS =
      List.of(ArtifactNames.SUMMARIES_DIR, ArtifactNames.METRICS_DIR, ArtifactNames.K6_SCRIPTS_DIR);

  private OutputFolderEntries() {}

  /**
   * @throws org.dfaas.sampler.SamplerException exit 2 naming the first entry that is not what it
   *     should be
   */
  public static void check(Path folder) {
    for (String name : FILES) {
      RegularFiles.checkFile(folder.resolve(name), "output folder entry");
    }
    for (String name : FOLDERS) {
      RegularFiles.checkFolder(folder.resolve(name), "output folder entry");
    }
  }
}
