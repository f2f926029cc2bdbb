package org.dfaas.sampler.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.TimeFormat;

/**
 * When a campaign ran, from the first and last time-stamped lines of its {@code campaign.log}: the
 * CSV files carry no time, so the log is the only witness. Lines without a time stamp (stack
 * traces, continuations) are passed over.
 *
 * @param first the earliest time stamp
 * @param last the latest time stamp
 */
public record TimeSpan(LocalDateTime first, LocalDateTime last) {

  private static final Pattern STAMP =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) ");

  /** How long the campaign has run, from its first to its last log line. */
  public Duration duration() {
    return Duration.between(first, last);
  }

  /** The span of {@code log}; empty when the file is missing or has no time-stamped line. */
  public static Optional<TimeSpan> read(Path log) {
    if (!Files.isRegularFile(log)) {
      return Optional.empty();
    }
    LocalDateTime first = null;
    LocalDateTime last = null;
    try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        LocalDateTime stamp = stamp(line);
        if (stamp != null) {
          first = first == null ? stamp : first;
          last = stamp;
        }
      }
    } catch (IOException e) {
      throw new SamplerException("cannot read " + log + ": " + e.getMessage(), e);
    }
    return first == null ? Optional.empty() : Optional.of(new TimeSpan(first, last));
  }

  /** The time stamp that heads a log line; empty for a line without one. */
  public static Optional<LocalDateTime> stampOf(String line) {
    return Optional.ofNullable(stamp(line));
  }

  private static LocalDateTime stamp(String line) {
    Matcher matcher = STAMP.matcher(line);
    if (!matcher.find()) {
      return null;
    }
    try {
      return TimeFormat.parseTimestamp(matcher.group(1));
    } catch (DateTimeParseException notATimeAfterAll) {
      // A line that only looks like a time stamp (a message that starts with a date) is content.
      return null;
    }
  }
}
