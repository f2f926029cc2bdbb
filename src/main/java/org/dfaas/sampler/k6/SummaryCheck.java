package org.dfaas.sampler.k6;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks that what k6 left as its summary is JSON, so that a run whose summary is garbage fails as
 * a run, with k6's output at hand, and not later in the parser.
 */
final class SummaryCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryCheck() {}

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
