package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dfaas.sampler.config.RefusedConfig.assertRefusedNaming;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A function's image: read, checked with its key path, and printed back only when set. */
class FunctionImageTest {

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  private SamplerConfig load(String yaml) {
    return loader.load("test.yaml", yaml, List.of()).config();
  }

  @Test
  void aPrintedImageLoadsAgainToTheSameFunction() {
    SamplerConfig config =
        load("functions: [{name: figlet, image: 'ghcr.io/openfaas/figlet:latest'}, {name: env}]");

    String yaml = ConfigPrinter.toYaml("test.yaml", config);

    assertThat(yaml).contains("image: ghcr.io/openfaas/figlet:latest");
    assertThat(load(yaml).functions()).isEqualTo(config.functions());
    assertThat(config.functions().get(1).image()).isNull();
  }

  @Test
  void aFunctionWithoutAnImagePrintsNoImageKey() {
    assertThat(ConfigPrinter.toYaml("test.yaml", load("functions: [{name: env}]")))
        // setup's *_image keys are the node's images, not the function's.
        .doesNotContainPattern("(?m)^\\s*-?\\s*image:");
  }

  @Test
  void anImageWithASpaceIsRefusedNamingItsPath() {
    assertRefusedNaming(
        () -> load("functions: [{name: env}, {name: figlet, image: 'figlet latest'}]"),
        "functions[1].image",
        "is not a container image reference");
  }
}
