package org.dfaas.sampler.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dfaas.sampler.k6.LineSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code ansible-playbook}'s output as the shipped {@code dfaas_steps} callback writes it:
 * each {@code dfaas-step {json}} line becomes a {@link StepEvent} handed to the listener; any other
 * line (Ansible's warnings, a Python traceback) is logged and kept among the last lines, so that a
 * failure before the first step still shows why. Thread-safe enough for its one writer, the pump;
 * read its results after the child has ended.
 */
final class StepLines {

  static final String PREFIX = "dfaas-step ";

  private static final int KEPT_LINES = 20;
  private static final int MAX_LINE_BYTES = 256 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(StepLines.class);

  private final Map<String, String> hostNames;
  private final SetupListener listener;
  private final Deque<String> otherLines = new ArrayDeque<>();
  private final List<StepEvent> steps = new ArrayList<>();

  /**
   * @param hostNames the inventory's host names to the names the user knows
   * @param listener hears each step as it ends
   */
  StepLines(Map<String, String> hostNames, SetupListener listener) {
    this.hostNames = hostNames;
    this.listener = listener;
  }

  /** The stream to hand the child's output to; each line it ends reaches {@link #line}. */
  OutputStream sink() {
    return new LineSink(MAX_LINE_BYTES, this::line);
  }

  /** Every step seen, in order. */
  synchronized List<StepEvent> steps() {
    return List.copyOf(steps);
  }

  /** The last lines that were not steps. */
  synchronized List<String> otherLines() {
    return List.copyOf(otherLines);
  }

  private void line(String received) {
    String text = received.stripTrailing();
    if (text.startsWith(PREFIX)) {
      StepEvent step = parse(text.substring(PREFIX.length()));
      if (step != null) {
        synchronized (this) {
          steps.add(step);
        }
        listener.stepEnded(step);
        return;
      }
    }
    if (text.isBlank()) {
      return;
    }
    LOG.info("ansible: {}", text);
    synchronized (this) {
      otherLines.addLast(text);
      if (otherLines.size() > KEPT_LINES) {
        otherLines.removeFirst();
      }
    }
  }

  private StepEvent parse(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      LOG.warn("cannot read a step line ({}): {}", e.getMessage(), json);
      return null;
    }
    if (!node.has("status")) {
      return null; // the recap: the steps already told everything
    }
    List<String> output = new ArrayList<>();
    node.path("output").forEach(item -> output.add(item.asText()));
    String host = node.path("host").asText();
    return new StepEvent(
        hostNames.getOrDefault(host, host),
        node.path("task").asText(),
        StepEvent.Status.valueOf(node.path("status").asText().toUpperCase(Locale.ROOT)),
        node.path("seconds").asDouble(),
        node.path("msg").asText(""),
        output);
  }
}
