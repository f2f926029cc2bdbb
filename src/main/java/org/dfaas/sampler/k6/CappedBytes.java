package org.dfaas.sampler.k6;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The output of a short command on the k6 host, kept up to a cap: a host that answers {@code k6
 * version} with megabytes cannot fill the heap. Bytes past the cap are counted, not kept.
 * Thread-safe: a channel's stdout and stderr may both write to it.
 */
final class CappedBytes extends OutputStream {

  /** Far above what {@code k6 version} or the kill script print. */
  static final int SHORT_OUTPUT_BYTES = 64 * 1024;

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final int maxBytes;
  private long cut;

  CappedBytes(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public synchronized void write(int b) {
    if (kept.size() < maxBytes) {
      kept.write(b);
    } else {
      cut++;
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    int taken = Math.min(Math.max(0, maxBytes - kept.size()), length);
    kept.write(bytes, offset, taken);
    cut += length - taken;
  }

  /** What was kept, as UTF-8, with how much was cut when anything was. */
  synchronized String text() {
    String text = kept.toString(StandardCharsets.UTF_8);
    return cut == 0 ? text : text + " [" + cut + " more bytes cut]";
  }
}
