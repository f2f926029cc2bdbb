package org.dfaas.sampler.k6;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dfaas.sampler.RegularFiles;

/**
 * Checks that what k6 left as its summary is JSON, so that a run whose summary is garbage fails as
 * a run, with k6's output at hand, and not later in the parser.
 */
final class SummaryCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The largest summary read: k6's are kilobytes; a larger file is not one, and is not read. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private SummaryCheck() {}

  /**
   * Reads a local summary file of at most {@link #MAX_BYTES}.
   *
   * @throws IOException when it cannot be read or is larger
   */
  static String read(Path file) throws IOException {
    try (InputStream in = RegularFiles.openRead(file, "k6 summary")) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException(tooLarge(Files.size(file)));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  static String tooLarge(long size) {
    return "summary.json is " + size + " bytes, more than the " + MAX_BYTES + " a summary can be";
  }

  /** A problem with {@code summary} in a few words, or {@code null} when it is a JSON object. */
  static String problem(String summary) {
    try {
      if (!JSON.readTree(summary).isObject()) {
        return "summary.json is not a JSON object";
      }
      return null;
    } catch (JsonProcessingException e) {
      return "summary.json is not JSON (" + e.getOriginalMessage() + ")";
    }
  }
}
