package org.dfaas.sampler.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowingFileTest {

  @TempDir Path dir;

  private final List<String> seen = new ArrayList<>();
  private final List<Boolean> restarts = new ArrayList<>();

  @Test
  void handsOnOnlyTheCompleteLinesWrittenSinceTheLastCallHeadedByTheHeader() throws IOException {
    Path file = dir.resolve("results.csv");
    GrowingFile growing = new GrowingFile(file, true);
    assertThat(growing.next(this::collect)).as("no file yet").isFalse();

    append(file, "h1,h2\na,1\nb,");
    assertThat(growing.next(this::collect)).isTrue();
    assertThat(seen).containsExactly("h1,h2", "a,1");
    assertThat(restarts).containsExactly(true);

    seen.clear();
    assertThat(growing.next(this::collect)).as("the torn line waits").isFalse();
    append(file, "2\nc,3\n");
    assertThat(growing.next(this::collect)).isTrue();
    assertThat(seen).containsExactly("h1,h2", "b,2", "c,3");
    assertThat(restarts).containsExactly(true, false);
  }

  @Test
  void readsAFileThatShrankAgainFromItsStart() throws IOException {
    Path file = dir.resolve("skipped.csv");
    GrowingFile growing = new GrowingFile(file, true);
    append(file, "h\nx\ny\n");
    growing.next(this::collect);
    Files.writeString(file, "h\nz\n", StandardCharsets.UTF_8);
    seen.clear();

    assertThat(growing.next(this::collect)).isTrue();

    assertThat(seen).containsExactly("h", "z");
    assertThat(restarts).containsExactly(true, true);
  }

  @Test
  void findsTheLastLineBreakAcrossBlocksOfALongLine() throws IOException {
    Path file = dir.resolve("campaign.log");
    GrowingFile growing = new GrowingFile(file, false);
    String longLine = "x".repeat(20_000);
    append(file, "first\n" + longLine + "\n" + longLine);

    growing.next(this::collect);

    assertThat(seen).hasSize(2);
    assertThat(seen.get(1)).hasSize(20_000);
  }

  private void collect(java.io.Reader text, boolean restarted) throws IOException {
    restarts.add(restarted);
    BufferedReader lines = new BufferedReader(text);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.add(line);
    }
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(
        file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
