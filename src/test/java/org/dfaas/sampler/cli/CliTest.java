package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What one run of the command line leaves behind in the process: nothing. */
class CliTest {

  @TempDir Path dir;

  private static Level rootLevel() {
    return ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).getLevel();
  }

  @Test
  void verboseAndQuietHoldForOneRunOnly() {
    Level before = rootLevel();

    CliRun verbose = CliRun.of(dir, "validate", "-v", "-c", "missing.yaml");
    Level afterVerbose = rootLevel();
    CliRun quiet = CliRun.of(dir, "validate", "-q", "-c", "missing.yaml");
    Level afterQuiet = rootLevel();
    CliRun plain = CliRun.of(dir, "validate", "-c", "missing.yaml");

    assertThat(verbose.exitCode()).isEqualTo(2);
    assertThat(quiet.exitCode()).isEqualTo(2);
    assertThat(afterVerbose).isEqualTo(before);
    assertThat(afterQuiet).isEqualTo(before);
    assertThat(plain.err()).doesNotContain("\tat ");
  }
}
