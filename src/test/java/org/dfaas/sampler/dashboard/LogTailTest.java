package org.dfaas.sampler.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir Path dir;

  @Test
  void keepsTheLatestSessionItsPositionAndItsProblemsWithCredentialsMasked() throws Exception {
    DashboardFolder folder = new DashboardFolder(dir);
    LogTail log = new LogTail(dir.resolve("campaign.log"));
    folder.append(
        "campaign.log",
        "2026-12-07 06:53:25.081 INFO  campaign run-1 on target vm by dfaas-sampler 0.1.0: x\n"
            + "2026-12-07 06:53:32.202 INFO  DFaaS config 1/24 iter 1/1 (bb1452e3fd77): cpu=25\n"
            + "2026-12-07 06:54:12.761 INFO  DFaaS campaign stopped: interrupted; resumable: 1 run\n"
            + "2026-12-07 07:00:00.000 INFO  campaign run-2 on target vm by dfaas-sampler 0.1.0: x\n");
    log.poll();
    folder.append(
        "campaign.log",
        "2026-12-07 07:00:05.000 WARN  gateway http://admin:s3cret@gw:8080 answered 502\n"
            + "    at a stack trace line without a time stamp\n"
            + "2026-12-07 07:00:09.000 INFO  DFaaS config 7/24 iter 1/1 (dd17cc431389): cpu=50\n");

    assertThat(log.poll()).isTrue();

    assertThat(log.runId()).isEqualTo("run-2");
    assertThat(log.on()).isEqualTo("target vm");
    assertThat(log.ended()).as("the new session has not ended").isEmpty();
    assertThat(log.position()).isEqualTo(7);
    assertThat(log.planned()).isEqualTo(24);
    assertThat(log.span().orElseThrow().first().toString()).isEqualTo("2026-12-07T06:53:25.081");
    assertThat(log.span().orElseThrow().last().toString()).isEqualTo("2026-12-07T07:00:09");
    assertThat(log.problems())
        .singleElement()
        .asString()
        .contains("http://***@gw:8080")
        .doesNotContain("s3cret");
  }

  @Test
  void tellsHowTheLatestSessionEnded() throws Exception {
    new DashboardFolder(dir)
        .append(
            "campaign.log",
            "2026-12-07 06:53:25.081 INFO  campaign run-1 on target vm by dfaas-sampler 0.1.0\n"
                + "2026-12-07 06:54:12.761 INFO  DFaaS campaign finished: 6 run, 18 skipped\n");
    LogTail log = new LogTail(dir.resolve("campaign.log"));

    log.poll();

    assertThat(log.ended()).isEqualTo("finished");
  }
}
