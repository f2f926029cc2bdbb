package org.dfaas.sampler.k6;

import java.util.ArrayDeque;
import java.util.Deque;
import org.dfaas.sampler.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * k6's output of one run as it arrives: each line logged live (compat §10) when streaming is on,
 * and the last lines kept for the error of a failed run. Thread-safe: stdout and stderr arrive on
 * different threads.
 */
final class K6Output {

  private static final Logger LOG = LoggerFactory.getLogger(K6Output.class);

  /** How many lines a failure shows: enough for k6's error and the lines before it. */
  static final int TAIL_LINES = 20;

  private final String configId;
  private final boolean live;
  private final Deque<String> tail = new ArrayDeque<>();

  K6Output(String configId, boolean live) {
    this.configId = configId;
    this.live = live;
  }

  private boolean started;

  synchronized void started() {
    started = true;
    if (live) {
      LOG.info("k6[{}] log stream started", configId);
    }
  }

  /** Closes the stream a {@link #started} opened; nothing when the process never started. */
  synchronized void stopped() {
    if (live && started) {
      LOG.info("k6[{}] log stream stopped", configId);
    }
  }

  /** One line of {@code stream} ("stdout" or "stderr"), without its line break. */
  synchronized void line(String stream, String line) {
    // k6 names its outputs with their URLs, credentials included.
    String shown = Secrets.maskUrlCredentials(line);
    if (tail.size() == TAIL_LINES) {
      tail.removeFirst();
    }
    tail.addLast(shown);
    if (live) {
      LOG.info("k6[{}] {}: {}", configId, stream, shown);
    }
  }

  /** The last lines, oldest first, one per line. */
  synchronized String tail() {
    return String.join("\n", tail);
  }
}
