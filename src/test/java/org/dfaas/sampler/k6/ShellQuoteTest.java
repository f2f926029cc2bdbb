package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ShellQuote}: whatever the word, a real {@code /bin/sh} reads it back unchanged. */
class ShellQuoteTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/var/lib/dfaas-k6",
        "with space",
        "it's",
        "''",
        "a'\"b\"'c",
        "$HOME `id` $(id) \\n ; & | * ?",
        "tag=value with = signs",
        ""
      })
  void theShellReadsTheQuotedWordBackUnchanged(String word)
      throws IOException, InterruptedException {
    Process shell =
        new ProcessBuilder("/bin/sh", "-c", "printf '%s|' " + ShellQuote.join(List.of(word, word)))
            .start();
    assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(word + "|" + word + "|");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "it's"})
  void singleQuotesEveryWord(String word) {
    assertThat(ShellQuote.quote(word)).startsWith("'").endsWith("'");
  }
}
