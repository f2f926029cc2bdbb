package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Runs a campaign as a process again and again, each time SIGKILLed at a random moment once it has
 * started working, until one run finishes by itself. The moment is drawn after the campaign's first
 * new log line, not after the process starts: on a loaded machine the JVM's start alone may take
 * longer than any fixed window, and kills landing before the campaign starts test nothing.
 *
 * <p>The seed comes from the system property {@code sigkill.seed} (to replay a failure), else from
 * the clock; every assertion names it.
 */
final class SigkillRounds {

  private static final long START_TIMEOUT_MS = 120_000;

  private final Path workDir;
  private final String config;
  private final Path campaignLog;
  private final long seed;
  private final Random random;

  SigkillRounds(Path workDir, String config, Path outputFolder) {
    this.workDir = workDir;
    this.config = config;
    this.campaignLog = outputFolder.resolve("campaign.log");
    this.seed = Long.getLong("sigkill.seed", System.nanoTime());
    this.random = new Random(seed);
  }

  long seed() {
    return seed;
  }

  /**
   * Kills and restarts until a run exits by itself, which must be with 0.
   *
   * @param killWindowMs a kill lands up to this long after the campaign started logging
   * @return how many runs were killed
   */
  int runUntilFinished(int killWindowMs, int maxKills) throws IOException, InterruptedException {
    return rounds(killWindowMs, maxKills, true);
  }

  /**
   * Kills and restarts at most {@code kills} times (fewer when a run finishes first), then lets the
   * next run finish, which must be with 0: a bounded test time whatever the campaign's length.
   *
   * @param killWindowMs a kill lands up to this long after the campaign started logging
   * @return how many runs were killed
   */
  int killAtMostThenFinish(int killWindowMs, int kills) throws IOException, InterruptedException {
    return rounds(killWindowMs, kills, false);
  }

  private int rounds(int killWindowMs, int maxKills, boolean killUntilFinished)
      throws IOException, InterruptedException {
    int kills = 0;
    while (true) {
      long logged = size();
      Process process = CampaignProcess.run(workDir, config);
      boolean killThisOne = killUntilFinished || kills < maxKills;
      if (!killThisOne
          || !awaitStart(process, logged)
          || process.waitFor(200 + random.nextInt(killWindowMs), TimeUnit.MILLISECONDS)) {
        assertThat(process.waitFor(START_TIMEOUT_MS * 3, TimeUnit.MILLISECONDS))
            .as("seed " + seed + ": the last run never finished")
            .isTrue();
        assertThat(process.exitValue()).as("seed " + seed).isZero();
        return kills;
      }
      process.destroyForcibly().waitFor();
      kills++;
      if (killUntilFinished) {
        assertThat(kills).as("seed " + seed + ": the campaign never finished").isLessThan(maxKills);
      }
    }
  }

  /** Waits until the run logs an iteration; false when the process ended first. */
  private boolean awaitStart(Process process, long logged)
      throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    while (!iterationLoggedAfter(logged)) {
      if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
        return false;
      }
      assertThat(System.currentTimeMillis())
          .as("seed " + seed + ": the campaign logged nothing within " + START_TIMEOUT_MS + " ms")
          .isLessThan(deadline);
    }
    return true;
  }

  private boolean iterationLoggedAfter(long offset) throws IOException {
    if (size() <= offset) {
      return false;
    }
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(campaignLog.toFile(), "r")) {
      file.seek(offset);
      byte[] added = new byte[(int) (file.length() - offset)];
      file.readFully(added);
      return new String(added, java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .anyMatch(line -> line.contains(" iter ") && !line.contains(" skipped="));
    }
  }

  private long size() throws IOException {
    return Files.exists(campaignLog) ? Files.size(campaignLog) : 0;
  }
}
