package org.dfaas.sampler.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dfaas.sampler.RegularFiles;

/**
 * {@value #NAME}: a campaign's {@link CampaignStatus}, replaced whole (written aside, then renamed)
 * at each change of phase, so a reader beside the running campaign sees one status or the next,
 * never a torn one. A live view's file only: nothing resumes from it.
 */
public final class CampaignStatusFile {

  /** The file's name in the output folder. */
  public static final String NAME = "status.json";

  /** A status is a few hundred bytes per target; anything far larger is not one. */
  static final long LARGEST_BYTES = 1L << 20;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private CampaignStatusFile() {}

  /** Replaces {@code folder}'s status with {@code status}. */
  public static void write(Path folder, CampaignStatus status) throws IOException {
    Path file = folder.resolve(NAME);
    RegularFiles.checkFile(file, "status file");
    DurableFiles.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(status));
  }

  /**
   * The status in {@code folder}; empty when it has none (a campaign of an older version, or not
   * started yet).
   *
   * @throws IOException when the file cannot be read or is not a status
   */
  public static Optional<CampaignStatus> read(Path folder) throws IOException {
    Path file = folder.resolve(NAME);
    if (!RegularFiles.checkFile(file, "status file")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          JSON.readValue(
              RegularFiles.readCapped(file, "status file", LARGEST_BYTES), CampaignStatus.class));
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a campaign status: " + e.getOriginalMessage(), e);
    }
  }
}
