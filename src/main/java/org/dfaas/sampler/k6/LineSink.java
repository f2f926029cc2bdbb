package org.dfaas.sampler.k6;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that hands each complete line to a {@link K6Output}, so that bytes pushed by an
 * SSH channel or read from a process become log lines as soon as their line ends. Not thread-safe:
 * one writer per stream, as channels and pumps do.
 */
final class LineSink extends OutputStream {

  /** The longest line kept; the rest of a longer one is counted and cut, never buffered. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private final K6Output output;
  private final String stream;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long cut;

  LineSink(K6Output output, String stream) {
    this.output = output;
    this.stream = stream;
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      emit();
    } else if (line.size() < MAX_LINE_BYTES) {
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
    output.line(stream, text);
  }
}
