package org.dfaas.sampler.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.campaign.CampaignLog;
import org.dfaas.sampler.campaign.IterationSummary;
import org.dfaas.sampler.campaign.PlanPosition;
import org.dfaas.sampler.campaign.RunIdentity;
import org.dfaas.sampler.campaign.SkipReason;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code campaign.log} byte for byte: the lines a single-target campaign, a pool and one fleet
 * target write (the campaign's progress lines, the tool's and a library's, a masked URL, a line
 * logged on another thread, text beyond ASCII, an unexpected failure's stack trace), compared with
 * the transcript in {@code src/test/resources/golden/campaign-log.txt}, each line's time stamp
 * checked for its pattern and its moment and then left out. Run with {@code -Dgolden.record=true}
 * to record it again, and review the difference.
 */
class CampaignLogFileGoldenTest {

  private static final Logger TOOL = LoggerFactory.getLogger("org.dfaas.sampler.runtime.Golden");
  private static final Logger K6 = LoggerFactory.getLogger("org.dfaas.sampler.k6.Golden");
  private static final Logger LIBRARY = LoggerFactory.getLogger("org.apache.sshd.Golden");
  private static final Pattern STAMPED =
      Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) (.*)$");

  @TempDir Path dir;

  @Test
  void writesTheLinesItWroteWhenItWasALogbackAppender() throws Exception {
    StringBuilder transcript = new StringBuilder();
    Instant start = Instant.now().minusMillis(1);
    transcript.append(file("single target", dir.resolve("single"), this::singleTarget, start));
    transcript.append(file("pool", dir.resolve("pool"), this::pool, start));
    Path fleet = dir.resolve("fleet");
    Files.createDirectories(fleet);
    CountDownLatch opened = new CountDownLatch(1);
    CountDownLatch othersLogged = new CountDownLatch(1);
    Thread target =
        new Thread(
            new TargetThreadGroup("light"),
            () -> {
              LogTarget.Scope named = LogTarget.of("light");
              try (CampaignLogFile log = CampaignLogFile.open(fleet)) {
                opened.countDown();
                await(othersLogged);
                campaign(log);
                Thread started = new Thread(() -> K6.info("a line of a thread the target started"));
                started.start();
                join(started);
              } finally {
                named.close();
              }
            });
    target.start();
    await(opened);
    TOOL.info("a line of another thread than the target's: not in its log");
    othersLogged.countDown();
    target.join();
    transcript.append(stamped("fleet target", fleet, start));

    Path golden = Path.of("src/test/resources/golden/campaign-log.txt");
    if (Boolean.getBoolean("golden.record")) {
      Files.writeString(golden, transcript, StandardCharsets.UTF_8);
    }
    assertThat(transcript.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private interface Campaign {
    void run(CampaignLogFile log) throws Exception;
  }

  private String file(String title, Path folder, Campaign campaign, Instant start)
      throws Exception {
    Files.createDirectories(folder);
    TOOL.info("before the campaign: not in its log");
    try (CampaignLogFile log = CampaignLogFile.open(folder)) {
      campaign.run(log);
      assertThat(log.warnings()).isNotEmpty();
    }
    TOOL.info("after the campaign: not in its log");
    return stamped(title, folder, start);
  }

  private void singleTarget(CampaignLogFile log) throws Exception {
    campaign(log);
    Thread pump = new Thread(() -> K6.info("k6 line read on a thread of its own"));
    pump.start();
    pump.join();
  }

  private void pool(CampaignLogFile log) throws Exception {
    TOOL.info("the pool's own line");
    for (String name : List.of("node-1", "node-2")) {
      LogTarget.Scope named = LogTarget.of(name);
      try {
        campaign(log);
        Runnable carried = LogTarget.carried(() -> K6.warn("k6 warning of a pool target"));
        Thread pump = new Thread(carried);
        pump.start();
        pump.join();
      } finally {
        named.close();
      }
    }
  }

  /** What a campaign logs, through the campaign's own progress lines and the tool's loggers. */
  private static void campaign(CampaignLogFile log) {
    TOOL.info("campaign r1 on target vm: output in out, log in out/campaign.log");
    TOOL.warn("config: colour: unknown key, ignored");
    TOOL.info("pushing to http://user:s3cret@127.0.0.1:9/push (credentials masked)");
    TOOL.debug("a debug line: not at the default level");
    LIBRARY.info("a library's info line: not at the default level");
    LIBRARY.warn("a library's warning");
    TOOL.info("beyond ASCII: 20 µs ± 3 %, café, 数据");
    CampaignLog lines =
        new CampaignLog(
            new RunIdentity("r1", "vm", 1, 1),
            new PrintWriter(new StringWriter()),
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    Configuration one = Configuration.of(new RatePair("figlet", 5));
    Configuration two = Configuration.of(new RatePair("figlet", 200));
    lines.warmUpStarted(one, "5s");
    lines.iterationStarted(new PlanPosition(1, 2, 1), one, 1);
    lines.iterationMeasured(
        new PlanPosition(1, 2, 1),
        one,
        1,
        new IterationSummary(1.0, 17.0, 10.7, 99.6, 5.4, List.of("cpu", "replicas:figlet")));
    lines.configurationSkipped(new PlanPosition(2, 2, 1), two, SkipReason.DOMINATED_BY_OVERLOAD);
    lines.configurationFailed(
        new PlanPosition(2, 2, 1), two, new IllegalStateException("k6 failed\nlast line: boom"));
    RuntimeException bug = new IllegalStateException("unexpected", new IOException("disk"));
    bug.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.dfaas.sampler.campaign.Loop", "run", "Loop.java", 12),
          new StackTraceElement("org.dfaas.sampler.runtime.UseCase", "run", "UseCase.java", 34)
        });
    bug.getCause()
        .setStackTrace(
            new StackTraceElement[] {
              new StackTraceElement("org.dfaas.sampler.results.Store", "add", "Store.java", 56),
              new StackTraceElement("org.dfaas.sampler.runtime.UseCase", "run", "UseCase.java", 34)
            });
    log.recordBug("campaign r1 stopped by an unexpected failure", bug);
  }

  /**
   * The file's text with each time stamp checked (the pattern, a moment since {@code start}, never
   * before the line above) and left out.
   */
  private static String stamped(String title, Path folder, Instant start) throws IOException {
    StringBuilder out = new StringBuilder("### " + title + "\n");
    String text = Files.readString(folder.resolve("campaign.log"), Charset.defaultCharset());
    LocalDateTime earliest = LocalDateTime.ofInstant(start, ZoneId.systemDefault());
    LocalDateTime previous = earliest;
    for (String line : text.split("(?<=\n)")) {
      Matcher stamped = STAMPED.matcher(line.stripTrailing());
      if (stamped.matches()) {
        LocalDateTime moment = TimeFormat.parseTimestamp(stamped.group(1));
        assertThat(moment).as(line).isAfterOrEqualTo(previous).isAfterOrEqualTo(earliest);
        assertThat(moment).as(line).isBeforeOrEqualTo(LocalDateTime.now());
        previous = moment;
        out.append("<stamp>").append(line.substring(stamped.group(1).length()));
      } else {
        out.append(line);
      }
    }
    return out.toString();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
