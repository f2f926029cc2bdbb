package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every config in {@code examples/} is one a user can start from: it validates, warning-free. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();

  static List<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml).as("examples in " + EXAMPLES).isNotEmpty();
      return yaml;
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void validatesWithoutAWarning(Path example) {
    CliRun validate = CliRun.of(EXAMPLES.getParent(), "validate", "-c", example.toString());

    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.err()).as("warnings of " + example).doesNotContainIgnoringCase("warn");
  }
}
