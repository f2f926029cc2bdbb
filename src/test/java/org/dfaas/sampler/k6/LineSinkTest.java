package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounded memory for what children and remote hosts print, and for what they leave as summary. */
class LineSinkTest {

  @TempDir Path dir;

  @Test
  void aLineWithoutEndIsCutAtTheLimitNotBuffered() {
    K6Output output = new K6Output("cfg", false);
    LineSink sink = new LineSink(output, "stdout");
    byte[] megabyte = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);

    sink.write(megabyte, 0, megabyte.length);
    sink.write('\n');
    sink.write("next".getBytes(StandardCharsets.US_ASCII), 0, 4);
    sink.close();

    String[] lines = output.tail().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .hasSizeLessThan(LineSink.MAX_LINE_BYTES + 40)
        .endsWith(" [" + ((1 << 20) - LineSink.MAX_LINE_BYTES) + " more bytes cut]");
    assertThat(lines[1]).isEqualTo("next");
  }

  @Test
  void k6sOutputUrlsAreMaskedInTheTailAndTheLog() {
    K6Output output = new K6Output("cfg", false);

    output.line("stderr", "output: InfluxDBv1 (http://k6:0utput-s3cret@influx:8086)");

    assertThat(output.tail()).isEqualTo("output: InfluxDBv1 (http://***@influx:8086)");
  }

  @Test
  void theOutputOfAShortCommandIsKeptUpToItsCap() {
    CappedBytes output = new CappedBytes(10);
    byte[] bytes = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    output.write(bytes, 0, bytes.length);
    output.write('g');

    assertThat(output.text()).isEqualTo("0123456789 [7 more bytes cut]");
  }

  @Test
  void aSummaryLargerThanTheLimitIsRefusedUnread() throws Exception {
    Path summary = dir.resolve("summary.json");
    try (var channel =
        Files.newByteChannel(summary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      channel.position(SummaryCheck.MAX_BYTES);
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'}'}));
    }

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SummaryCheck.read(summary))
        .hasMessageContaining("more than the " + SummaryCheck.MAX_BYTES);
  }
}
