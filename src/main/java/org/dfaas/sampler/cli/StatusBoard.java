package org.dfaas.sampler.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * The bottom of an ANSI terminal while a campaign runs: the progress bar's line, then one status
 * line per target (what it runs, or why it is idle, retrying or dropped). The progress bar library
 * draws one line per bar, so this consumer of its rendered line draws the whole block itself: it
 * moves the cursor back to the block's first line, clears to the end of the screen and writes the
 * block again, each line cut to the terminal's width so that none wraps and the count of lines on
 * screen stays known.
 *
 * <p>A log line printed meanwhile goes through {@link #printAbove(byte[])}: the block is cleared,
 * the line printed, the block drawn again below it, under the lock every frame is drawn under.
 */
final class StatusBoard implements ProgressBarConsumer {

  private static final String ESC = "\u001b[";

  private final PrintStream terminal;
  private final IntSupplier width;
  private final Map<String, String> statuses = new LinkedHashMap<>();
  private final int nameWidth;
  private String bar = "";
  private int drawn;
  private int columns;

  /**
   * @param width the terminal's width in characters (≤ 0: unknown, lines are not cut), measured at
   *     each of the bar's frames
   * @param targets the targets with a status line, in the order shown; none for a single target
   */
  StatusBoard(PrintStream terminal, IntSupplier width, List<String> targets) {
    this.terminal = terminal;
    this.width = width;
    targets.forEach(name -> statuses.put(name, "starting"));
    this.nameWidth = targets.stream().mapToInt(String::length).max().orElse(0);
  }

  @Override
  public synchronized int getMaxRenderedLength() {
    // Measured once a frame, as the bar is rendered: measuring may ask the terminal itself.
    columns = width.getAsInt();
    return columns;
  }

  /** The progress bar's rendered line: the block is drawn again with it. */
  @Override
  public synchronized void accept(String rendered) {
    bar = rendered;
    write(erasure() + frame());
  }

  /** A target's status; the block shows it at its next frame, or now when already drawn. */
  synchronized void status(String target, String status) {
    statuses.put(target, status);
    if (drawn > 0) {
      write(erasure() + frame());
    }
  }

  /**
   * Prints a log line above the block: the block cleared, the line, the block again, in one write
   * under the block's lock, so no frame lands between them.
   */
  synchronized void printAbove(byte[] logLine) {
    terminal.print(erasure());
    terminal.write(logLine, 0, logLine.length);
    if (drawn > 0) {
      terminal.print(frameText());
    }
    terminal.flush();
  }

  /** The last frame stays on screen, followed by a new line; later log lines go below it. */
  @Override
  public synchronized void close() {
    if (drawn > 0) {
      write(erasure() + frame() + "\n");
      drawn = 0;
    }
  }

  /** Moves to the block's first line and clears to the end of the screen. */
  private String erasure() {
    if (drawn == 0) {
      return "";
    }
    return "\r" + (drawn > 1 ? ESC + (drawn - 1) + "A" : "") + ESC + "J";
  }

  /** The block's lines, the cursor left at the end of the last one; counts them as drawn. */
  private String frame() {
    String text = frameText();
    drawn = 1 + statuses.size();
    return text;
  }

  private String frameText() {
    List<String> lines = new ArrayList<>();
    lines.add(cut(bar));
    statuses.forEach(
        (name, status) ->
            lines.add(cut("  " + name + " ".repeat(nameWidth - name.length()) + "  " + status)));
    return String.join("\n", lines);
  }

  /** A line too long for the terminal, cut and ended with {@code …} so the cut shows. */
  private String cut(String line) {
    int max = columns;
    if (max <= 0 || line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
  }

  private void write(String text) {
    terminal.print(text);
    terminal.flush();
  }
}
