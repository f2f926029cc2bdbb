package org.dfaas.sampler.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.report.TimeSpan;

/**
 * What a live view keeps of {@code campaign.log}, read as it grows: when the campaign's first and
 * last lines were written, the latest session's run id and start, whether that session ended and
 * how, where it stood in its plan, and its latest warnings and errors (credentials in URLs masked,
 * long lines cut). Memory stays the same however long the log grows.
 *
 * <p>Not thread-safe: one follower reads it.
 */
final class LogTail {

  /** The warnings and errors kept, latest last. */
  static final int KEPT_PROBLEMS = 20;

  private static final int LONGEST_LINE = 400;
  private static final Pattern STARTED =
      Pattern.compile(" campaign (\\S+) on (.+?) by dfaas-sampler");
  private static final Pattern ENDED = Pattern.compile(" DFaaS campaign (finished|stopped: [^:]*)");
  private static final Pattern POSITION = Pattern.compile(" DFaaS config (\\d+)/(\\d+) ");
  private static final Pattern PROBLEM = Pattern.compile("^\\S+ \\S+ (WARN|ERROR) ");

  private final GrowingFile file;
  private final Deque<String> problems = new ArrayDeque<>();
  private LocalDateTime first;
  private LocalDateTime last;
  private String runId = "";
  private String on = "";
  private LocalDateTime sessionStarted;
  private String ended = "";
  private long position;
  private long planned;

  LogTail(Path log) {
    this.file = new GrowingFile(log, false);
  }

  /** Reads what the log gained; returns whether it gained anything. */
  boolean poll() {
    return file.next(this::read);
  }

  private void read(Reader text, boolean restarted) throws IOException {
    if (restarted) {
      problems.clear();
      first = null;
      runId = "";
      ended = "";
    }
    BufferedReader lines = new BufferedReader(text);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      line(line);
    }
  }

  private void line(String line) {
    Optional<LocalDateTime> stamp = TimeSpan.stampOf(line);
    if (stamp.isEmpty()) {
      return;
    }
    first = first == null ? stamp.get() : first;
    last = stamp.get();
    Matcher started = STARTED.matcher(line);
    if (started.find()) {
      runId = started.group(1);
      on = started.group(2);
      sessionStarted = stamp.get();
      ended = "";
      position = 0;
      planned = 0;
    }
    Matcher end = ENDED.matcher(line);
    if (end.find()) {
      ended = end.group(1);
    }
    Matcher at = POSITION.matcher(line);
    if (at.find()) {
      position = Long.parseLong(at.group(1));
      planned = Long.parseLong(at.group(2));
    }
    if (PROBLEM.matcher(line).find()) {
      String masked = Secrets.maskUrlCredentials(line);
      problems.addLast(
          masked.length() > LONGEST_LINE ? masked.substring(0, LONGEST_LINE) + " …" : masked);
      if (problems.size() > KEPT_PROBLEMS) {
        problems.removeFirst();
      }
    }
  }

  Optional<TimeSpan> span() {
    return first == null ? Optional.empty() : Optional.of(new TimeSpan(first, last));
  }

  /** The latest session's run id; empty before any. */
  String runId() {
    return runId;
  }

  /** What the latest session runs on ({@code target vm}, {@code a pool of targets a, b}). */
  String on() {
    return on;
  }

  Optional<LocalDateTime> sessionStarted() {
    return Optional.ofNullable(sessionStarted);
  }

  /** How the latest session ended ({@code finished}, {@code stopped: why}); empty while it runs. */
  String ended() {
    return ended;
  }

  /** The plan position of the latest configuration the log named (1-based); 0 before any. */
  long position() {
    return position;
  }

  /** The plan's size, as the log's positions tell; 0 before any. */
  long planned() {
    return planned;
  }

  /** The latest warnings and errors, oldest first. */
  List<String> problems() {
    return List.copyOf(problems);
  }
}
