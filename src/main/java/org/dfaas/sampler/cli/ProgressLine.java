package org.dfaas.sampler.cli;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;
import org.dfaas.sampler.TimeFormat;

/**
 * Draws the progress bar's line: task, percentage, a 12-character bar, count, then {@code elapsed 1
 * m 05 s} labelled and in the tool's one time format (the library's own renderer writes an
 * unlabelled {@code 0:01:05}), then the listener's fields. Cut to the width it is given.
 */
final class ProgressLine implements ProgressBarRenderer {

  private static final int BAR_WIDTH = 12;

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
    long total = Math.max(1, max);
    long done = Math.max(0, Math.min(current, total));
    int filled = (int) (BAR_WIDTH * done / total);
    String line =
        String.format(
            Locale.ROOT,
            "%s %3d%% [%s%s] %d/%d | elapsed %s | %s",
            task,
            100 * done / total,
            "█".repeat(filled),
            " ".repeat(BAR_WIDTH - filled),
            current,
            max,
            TimeFormat.duration(elapsed),
            fields);
    return maxLength > 0 && line.length() > maxLength ? line.substring(0, maxLength) : line;
  }
}
