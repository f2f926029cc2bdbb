package org.dfaas.sampler.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;
import org.dfaas.sampler.TimeFormat;

/**
 * Draws the progress bar's line: task, percentage, a 12-character bar, count, then {@code elapsed 1
 * m 05 s} labelled and in the tool's one time format (the library's own renderer writes an
 * unlabelled {@code 0:01:05}), then the listener's fields, {@code " | "} between them, the last one
 * what runs now when it has no count.
 *
 * <p>Fitted to the width it is given rather than cut: the fields that say least go first (counts
 * still at 0, then the elapsed time, then the other counts), then the bar narrows, then what runs
 * now is shortened with {@code …}; the ETA and what runs now stay as long as anything can.
 */
final class ProgressLine implements ProgressBarRenderer {

  private static final int BAR_WIDTH = 12;
  private static final int NARROW_BAR_WIDTH = 4;
  private static final String SEPARATOR = " | ";

  /** What runs now is shortened to no fewer characters than this (its … aside). */
  private static final int MIN_SHORTENED = 8;

  /** The counts, in the order they go when the line is too long. */
  private static final List<String> DROPPED_FIRST =
      List.of("done before ", "dominated ", "failed ", "overloaded ");

  @Override
  public String render(ProgressState progress, int maxLength) {
    return line(
        progress.getTaskName(),
        progress.getCurrent(),
        progress.getMax(),
        progress.getTotalElapsed(),
        progress.getExtraMessage(),
        maxLength);
  }

  /** The line for these values; {@code maxLength} ≤ 0 means no limit. */
  static String line(
      String task, long current, long max, Duration elapsed, String fields, int maxLength) {
    List<String> parts = new ArrayList<>();
    parts.add("elapsed " + TimeFormat.duration(elapsed));
    parts.addAll(Arrays.asList(fields.split(" \\| ", -1)));
    String line = join(head(task, current, max, BAR_WIDTH), parts);
    if (maxLength <= 0 || line.length() <= maxLength) {
      return line;
    }
    // The fields that say least go first, with the whole bar, then with a narrow one.
    List<String> kept = new ArrayList<>(parts);
    String head = head(task, current, max, BAR_WIDTH);
    for (String part : droppable(parts)) {
      kept.remove(part);
      line = join(head, kept);
      if (line.length() <= maxLength) {
        return line;
      }
    }
    head = head(task, current, max, NARROW_BAR_WIDTH);
    line = join(head, kept);
    if (line.length() <= maxLength) {
      return line;
    }
    String now = kept.get(kept.size() - 1);
    int shortenedTo = now.length() - (line.length() - maxLength) - 1;
    if (!isCount(now) && !now.startsWith("eta ") && shortenedTo >= MIN_SHORTENED) {
      kept.set(kept.size() - 1, now.substring(0, shortenedTo) + "…");
      return join(head, kept);
    }
    return line.substring(0, maxLength - 1).stripTrailing() + "…";
  }

  /** The parts that may go, in the order they go: zero counts, elapsed, the other counts. */
  private static List<String> droppable(List<String> parts) {
    List<String> order = new ArrayList<>();
    for (String label : DROPPED_FIRST) {
      parts.stream().filter(p -> p.equals(label + "0")).forEach(order::add);
    }
    parts.stream().filter(p -> p.startsWith("elapsed ")).forEach(order::add);
    for (String label : DROPPED_FIRST) {
      parts.stream().filter(p -> p.startsWith(label) && !order.contains(p)).forEach(order::add);
    }
    return order;
  }

  private static boolean isCount(String part) {
    return DROPPED_FIRST.stream().anyMatch(part::startsWith);
  }

  private static String head(String task, long current, long max, int barWidth) {
    long total = Math.max(1, max);
    long done = Math.max(0, Math.min(current, total));
    int filled = (int) (barWidth * done / total);
    return String.format(
        Locale.ROOT,
        "%s %3d%% [%s%s] %d/%d",
        task,
        100 * done / total,
        "█".repeat(filled),
        " ".repeat(barWidth - filled),
        current,
        max);
  }

  private static String join(String head, List<String> parts) {
    return head + SEPARATOR + String.join(SEPARATOR, parts);
  }
}
