package org.dfaas.sampler.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandWordTest {

  private final Path work = Path.of("/home/ada/campaigns");

  @Test
  void namesAFolderUnderTheWorkingFolderRelativeToIt() {
    assertThat(CommandWord.path(Path.of("/home/ada/campaigns/benchmark_results/q"), work))
        .isEqualTo("benchmark_results/q");
  }

  @Test
  void namesAFolderElsewhereOrTheWorkingFolderItselfAbsolutely() {
    assertThat(CommandWord.path(Path.of("/srv/data/../results"), work)).isEqualTo("/srv/results");
    assertThat(CommandWord.path(work, work)).isEqualTo("/home/ada/campaigns");
    assertThat(CommandWord.path(Path.of("/home/ada/campaigns-old/x"), work))
        .isEqualTo("/home/ada/campaigns-old/x");
  }

  @Test
  void quotesWhatTheShellWouldSplitOrExpand() {
    assertThat(CommandWord.of("results/run 1")).isEqualTo("'results/run 1'");
    assertThat(CommandWord.of("it's$HOME")).isEqualTo("'it'\\''s$HOME'");
    assertThat(CommandWord.of("plain/path-1.yaml")).isEqualTo("plain/path-1.yaml");
  }
}
