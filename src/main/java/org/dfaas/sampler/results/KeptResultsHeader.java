package org.dfaas.sampler.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dfaas.sampler.SamplerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The header a folder's {@code results.csv} keeps: the one it was started with, whatever the config
 * asks now (with or without the extra columns, the fewer an earlier build wrote, with or without
 * the {@code target} column), so the old tool's folders and the earlier builds' stay as they are. A
 * notice says when the config's wish is not followed.
 */
final class KeptResultsHeader {

  private static final Logger LOG = LoggerFactory.getLogger(KeptResultsHeader.class);

  private KeptResultsHeader() {}

  /**
   * {@code wanted}, or the variant of it whose header the folder's {@code results.csv} has.
   *
   * @param targetColumn whether {@code wanted} has the {@code target} column (a pool)
   * @throws SamplerException when the file is there but cannot be read
   */
  static ResultsCsv of(Path folder, ResultsCsv wanted, boolean targetColumn) {
    ResultsCsv followed = followExtras(folder, wanted);
    if (followed == wanted && !startedWith(folder, wanted)) {
      ResultsCsv flipped = followExtras(folder, wanted.withTargetColumn(!targetColumn));
      if (startedWith(folder, flipped)) {
        LOG.info(
            "{} was started {} the target column: it keeps its header",
            folder.resolve(ArtifactNames.RESULTS_CSV),
            targetColumn ? "without" : "with");
        followed = flipped;
      }
    }
    return followed;
  }

  /**
   * {@code wanted}, or the variant whose header the folder's results.csv has: one started without
   * the extra columns, or by a build that wrote fewer of them, keeps its header.
   */
  private static ResultsCsv followExtras(Path folder, ResultsCsv wanted) {
    Path file = folder.resolve(ArtifactNames.RESULTS_CSV);
    String found = firstLine(file);
    if (found == null || found.equals(headerLine(wanted))) {
      return wanted;
    }
    for (ResultsCsv.Extras extras : ResultsCsv.Extras.values()) {
      ResultsCsv other = wanted.withExtras(extras);
      if (found.equals(headerLine(other))) {
        LOG.info(
            "{} was started {}: it keeps its header (results_extra_columns: {} applies to new"
                + " folders)",
            file,
            extras.described(),
            wanted.extraColumns());
        return other;
      }
    }
    return wanted;
  }

  /** Whether the folder's {@code results.csv} has the header of {@code layout}. */
  private static boolean startedWith(Path folder, ResultsCsv layout) {
    String found = firstLine(folder.resolve(ArtifactNames.RESULTS_CSV));
    return found != null && found.equals(headerLine(layout));
  }

  /** The file's first line without a byte order mark; {@code null} for no file or no line. */
  private static String firstLine(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String found = in.readLine();
      return found == null ? null : found.replace("\uFEFF", "");
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new SamplerException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String headerLine(ResultsCsv layout) {
    String line = layout.dialect().formatRecord(layout.header());
    return line.substring(0, line.length() - CsvDialect.LINE_END.length());
  }
}
