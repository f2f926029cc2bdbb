package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What one run of the command line leaves behind in the process: nothing. */
class CliTest {

  @TempDir Path dir;

  private static List<Level> levels() {
    return List.of(
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).getLevel(),
        ((Logger) LoggerFactory.getLogger("org.dfaas.sampler")).getLevel());
  }

  @Test
  void verboseAndQuietHoldForOneRunOnly() {
    List<Level> before = levels();

    CliRun verbose = CliRun.of(dir, "validate", "-v", "-c", "missing.yaml");
    List<Level> afterVerbose = levels();
    CliRun quiet = CliRun.of(dir, "validate", "-q", "-c", "missing.yaml");
    List<Level> afterQuiet = levels();
    CliRun plain = CliRun.of(dir, "validate", "-c", "missing.yaml");

    assertThat(verbose.exitCode()).isEqualTo(2);
    assertThat(quiet.exitCode()).isEqualTo(2);
    assertThat(afterVerbose).isEqualTo(before);
    assertThat(afterQuiet).isEqualTo(before);
    assertThat(plain.err()).doesNotContain("\tat ");
  }
}
