package org.dfaas.sampler.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.LogLine;
import org.dfaas.sampler.LogLineListener;
import org.dfaas.sampler.Secrets;
import org.slf4j.event.Level;

/**
 * Pushes the campaign's log lines (INFO and above, as {@code campaign.log} has them) to Loki's push
 * API as one stream labelled {@code component}, {@code host}, {@code run_id}, {@code workload} and
 * the config's {@code loki.labels} (compat §11). Lines are queued without waiting and pushed in
 * batches by a thread of its own; Loki down or slow only costs lines. The tool's own lines about
 * the pushes are not pushed (they would feed themselves).
 *
 * <p>Thread-safe: any thread may log.
 */
final class LokiPush implements LogLineListener, AutoCloseable {

  /** A longer line is cut here. */
  static final int MAX_LINE_CHARS = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OWN_LOGGERS = LokiPush.class.getPackageName() + ".";

  /** One line with its time. */
  record Line(long epochNanos, String text) {}

  private final Map<String, String> labels;
  private final AsyncSender<Line> sender;

  /**
   * @param labels the stream's labels, in order
   */
  LokiPush(JsonPost post, Map<String, String> labels, AsyncSender.Options options) {
    this.labels = Map.copyOf(labels);
    this.sender = new AsyncSender<>("Loki push", options, batch -> post.send(body(batch)));
  }

  @Override
  public void line(LogLine line) {
    if (!line.atLeast(Level.INFO) || line.logger().startsWith(OWN_LOGGERS)) {
      return;
    }
    // Lines leave the machine: credentials in URLs are masked as in campaign.log.
    String text = line.level() + " " + Secrets.maskUrlCredentials(line.message());
    if (text.length() > MAX_LINE_CHARS) {
      text = text.substring(0, MAX_LINE_CHARS);
    }
    sender.offer(new Line(line.epochMillis() * 1_000_000L, text));
  }

  private byte[] body(List<Line> lines) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode stream = root.putArray("streams").addObject();
    ObjectNode streamLabels = stream.putObject("stream");
    labels.forEach(streamLabels::put);
    ArrayNode values = stream.putArray("values");
    for (Line line : lines) {
      values.addArray().add(Long.toString(line.epochNanos())).add(line.text());
    }
    return JSON.writeValueAsBytes(root);
  }

  /** Lines not pushed so far. */
  long dropped() {
    return sender.dropped();
  }

  /** Gives what is queued a short time to leave, then stops. */
  @Override
  public void close() {
    sender.close();
  }
}
