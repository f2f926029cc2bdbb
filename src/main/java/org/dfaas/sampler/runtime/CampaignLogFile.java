package org.dfaas.sampler.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dfaas.sampler.LogLine;
import org.dfaas.sampler.LogLineListener;
import org.dfaas.sampler.LogLines;
import org.dfaas.sampler.LogLinesAppender;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.results.ArtifactNames;
import org.dfaas.sampler.results.OutputFolderEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Where a campaign's log goes besides the terminal: {@code campaign.log} in its output folder,
 * every line the campaign logs at the tool's level, appended across resumes. It listens to the
 * campaign's lines ({@link LogLines}); the logging backend is left as it is.
 *
 * <p>Thread-safe: the campaign's threads log at once.
 */
final class CampaignLogFile implements LogLineListener, AutoCloseable {

  static final String FILE_NAME = ArtifactNames.CAMPAIGN_LOG;

  /** At most this many distinct warnings are kept for the closing summary. */
  static final int KEPT_WARNINGS = 20;

  private static final Logger LOG = LoggerFactory.getLogger(CampaignLogFile.class);

  private final Path path;
  private final OutputStream file;
  private final TargetThreadGroup target;
  private final Set<String> warnings = new LinkedHashSet<>();
  private final LogLines.Registration registration;
  private IOException lost;

  private CampaignLogFile(Path path, OutputStream file, TargetThreadGroup target) {
    this.path = path;
    this.file = file;
    this.target = target;
    this.registration = LogLines.listen(this);
  }

  /**
   * Starts appending every log line to {@code folder/campaign.log}: in a fleet, only the lines of
   * the calling thread's target, so that each target's log holds its own campaign alone; in a pool,
   * every target's, each headed by its name.
   *
   * @throws SamplerException when the file cannot be opened
   */
  static CampaignLogFile open(Path folder) {
    // Before anything is opened there: it would append through a planted link.
    OutputFolderEntries.check(folder);
    Path path = folder.resolve(FILE_NAME);
    try {
      OutputStream file =
          Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new CampaignLogFile(path, file, TargetThreadGroup.current());
    } catch (IOException e) {
      throw SamplerException.onFile(
          "cannot open the campaign log", path, e, "check that the output folder is writable");
    }
  }

  /**
   * The distinct warnings logged while the file was open, in order, at most {@link #KEPT_WARNINGS}.
   */
  synchronized List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** The log file. */
  Path path() {
    return path;
  }

  /**
   * Takes a line logged on one of the campaign's threads: in a fleet, the threads of the target
   * that opened the file (a listener is called on the thread that logs).
   */
  @Override
  public void line(LogLine line) {
    if (target != null && TargetThreadGroup.current() != target) {
      return;
    }
    synchronized (this) {
      if (line.atLeast(Level.WARN) && warnings.size() < KEPT_WARNINGS) {
        warnings.add(line.message());
      }
    }
    write(line);
  }

  /**
   * Writes a failure the tool did not expect, with its stack trace, to the file only: the terminal
   * shows a stack trace only with {@code --verbose}, but the log keeps what a bug report needs.
   */
  void recordBug(String message, Throwable bug) {
    write(LogLinesAppender.unlogged(CampaignLogFile.class, Level.ERROR, message, bug));
  }

  /**
   * {@code 2026-11-30 14:05:09.250 INFO [name] message}: a pool's lines headed by their target's
   * name, a fleet target's without (its file is its own); the old tool's lines carry none.
   */
  private synchronized void write(LogLine line) {
    if (lost != null) {
      return;
    }
    String text =
        TimeFormat.timestamp(
                LocalDateTime.ofInstant(
                    Instant.ofEpochMilli(line.epochMillis()), ZoneId.systemDefault()))
            + " "
            + String.format(Locale.ROOT, "%-5s", line.level())
            + " "
            + (target == null ? line.target() : "")
            + Secrets.maskUrlCredentials(line.message())
            + System.lineSeparator()
            + line.thrown();
    try {
      file.write(text.getBytes(Charset.defaultCharset()));
      file.flush();
    } catch (IOException e) {
      lost = e;
    }
  }

  @Override
  public void close() {
    registration.close();
    IOException failure;
    synchronized (this) {
      failure = lost;
      try {
        file.close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      LOG.warn("{} misses lines from the first failed write on: {}", path, failure.getMessage());
    }
  }
}
