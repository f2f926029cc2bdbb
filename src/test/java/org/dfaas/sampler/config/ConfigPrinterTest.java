package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The printed config, block after block, byte for byte as the printer wrote it before each block
 * printed itself: {@code every-block.printed.yaml} is that printer's output for a config that sets
 * every block, targets of both kinds of inheritance included.
 */
class ConfigPrinterTest {

  private static final Path FIXTURES = TestResources.path("/fixtures/printed-config");

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  private SamplerConfig load(String yaml) {
    return loader.load("every-block.yaml", yaml, List.of()).config();
  }

  @Test
  void printsEveryBlockInTheOrderValidateAlwaysHad() throws IOException {
    SamplerConfig config = load(Files.readString(FIXTURES.resolve("every-block.yaml")));

    String printed = ConfigPrinter.toYaml("every-block.yaml", config);

    assertThat(printed)
        .isEqualTo(
            "# effective config of every-block.yaml\n"
                + Files.readString(FIXTURES.resolve("every-block.printed.yaml")));
  }

  @Test
  void whatItPrintsLoadsAgainToTheSameConfig() throws IOException {
    SamplerConfig config = load(Files.readString(FIXTURES.resolve("every-block.yaml")));

    String printed = ConfigPrinter.toYaml("every-block.yaml", config);
    SamplerConfig again = load(printed.replace(ConfigPrinter.MASK, "s3cret"));

    assertThat(ConfigPrinter.toYaml("every-block.yaml", again)).isEqualTo(printed);
  }
}
