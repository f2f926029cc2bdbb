package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
