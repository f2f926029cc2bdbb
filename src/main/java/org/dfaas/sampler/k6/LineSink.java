package org.dfaas.sampler.k6;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete line to a consumer (a {@link K6Output}, or any reader
 * of a child's lines), so that bytes pushed by an SSH channel or read from a process become lines
 * as soon as their line ends. Not thread-safe: one writer per stream, as channels and pumps do.
 */
public final class LineSink extends OutputStream {

  /** The longest line kept; the rest of a longer one is counted and cut, never buffered. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private final int maxLineBytes;
  private final Consumer<String> lines;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long cut;

  LineSink(K6Output output, String stream) {
    this(MAX_LINE_BYTES, text -> output.line(stream, text));
  }

  /**
   * @param maxLineBytes the longest line kept; the rest of a longer one is counted and cut
   * @param lines hears each line, without its line break
   */
  public LineSink(int maxLineBytes, Consumer<String> lines) {
    this.maxLineBytes = maxLineBytes;
    this.lines = lines;
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      emit();
    } else if (line.size() < maxLineBytes) {
      line.write(b);
    } else {
      cut++;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  /** Emits a last line that had no line break. */
  @Override
  public void close() {
    if (line.size() > 0 || cut > 0) {
      emit();
    }
  }

  private void emit() {
    String text = line.toString(StandardCharsets.UTF_8);
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (cut > 0) {
      text = text + " [" + cut + " more bytes cut]";
      cut = 0;
    }
    line.reset();
    lines.accept(text);
  }
}
