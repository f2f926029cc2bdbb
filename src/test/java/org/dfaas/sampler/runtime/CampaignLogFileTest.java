package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dfaas.sampler.LogTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code campaign.log}: what one campaign logs, a bug's stack trace, and nothing after it. */
class CampaignLogFileTest {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignLogFileTest.class);

  @TempDir Path folder;

  @Test
  void keepsABugsStackTraceAndOnlyTheLinesOfItsOwnCampaign() throws Exception {
    LOG.info("before the campaign");
    try (CampaignLogFile log = CampaignLogFile.open(folder)) {
      LOG.info("during the campaign");
      log.recordBug("campaign r1 stopped by an unexpected failure", new NullPointerException("x"));
    }
    LOG.info("after the campaign");

    String text = Files.readString(folder.resolve("campaign.log"));
    assertThat(text)
        .contains("INFO  during the campaign")
        .contains("ERROR campaign r1 stopped by an unexpected failure")
        .contains("java.lang.NullPointerException: x")
        .contains("\tat org.dfaas.sampler.runtime.CampaignLogFileTest.")
        .doesNotContain("before the campaign")
        .doesNotContain("after the campaign");
  }

  @Test
  void aPoolTargetsLinesAreHeadedByItsNameAndTheCampaignsOwnLinesAreNot() throws Exception {
    CampaignLogFile log = CampaignLogFile.open(folder);
    LOG.info("the campaign's own line");
    LogTarget.Scope named = LogTarget.of("node-1");
    try {
      LOG.info("a line of node-1");
    } finally {
      named.close();
      log.close();
    }

    assertThat(Files.readAllLines(folder.resolve("campaign.log")))
        .satisfiesExactly(
            line -> assertThat(line).endsWith(" INFO  the campaign's own line"),
            line -> assertThat(line).endsWith(" INFO  [node-1] a line of node-1"));
  }

  @Test
  void aFleetTargetsOwnFileHoldsItsLinesWithoutItsName() throws Exception {
    Thread fleetTarget =
        new Thread(
            new TargetThreadGroup("light"),
            () -> {
              LogTarget.Scope named = LogTarget.of("light");
              CampaignLogFile log = CampaignLogFile.open(folder);
              try {
                LOG.info("a line of light");
              } finally {
                log.close();
                named.close();
              }
            });
    fleetTarget.start();
    fleetTarget.join();

    assertThat(Files.readAllLines(folder.resolve("campaign.log")))
        .singleElement()
        .satisfies(line -> assertThat(line).endsWith(" INFO  a line of light"));
  }
}
