package org.dfaas.sampler.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.CampaignStatus;
import org.dfaas.sampler.results.CampaignStatusFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the output folder's {@link CampaignStatusFile} up to date: each target's phase as it
 * changes, the seconds each phase took in this session, and how the session ended. The file is for
 * a live view beside the campaign ({@code dashboard}); what it cannot write is logged once and
 * never stops the campaign.
 *
 * <p>Thread-safe: a pool's targets call it from their threads.
 */
public final class StatusFileListener implements CampaignListener {

  private static final Logger LOG = LoggerFactory.getLogger(StatusFileListener.class);

  private final Path folder;
  private final String runId;
  private final Clock clock;
  private final Instant started;
  private final Map<String, CampaignStatus.TargetStatus> targets = new LinkedHashMap<>();
  private final Map<String, Instant> phaseSince = new LinkedHashMap<>();
  private final Map<String, Phase> phaseOf = new LinkedHashMap<>();
  private final Map<Phase, Double> seconds = new EnumMap<>(Phase.class);
  private long planned;
  private int iterations;
  private String ended = "";
  private boolean warned;

  public StatusFileListener(Path folder, String runId, Clock clock) {
    this.folder = folder;
    this.runId = runId;
    this.clock = clock;
    this.started = clock.instant();
  }

  @Override
  public synchronized void campaignStarted(long configurations, int iterations) {
    this.planned = configurations;
    this.iterations = iterations;
    write();
  }

  @Override
  public synchronized void phaseStarted(
      String target, Phase phase, Configuration configuration, int iteration) {
    Instant now = clock.instant();
    closePhase(target, now);
    phaseOf.put(target, phase);
    phaseSince.put(target, now);
    CampaignStatus.TargetStatus before = targets.get(target);
    targets.put(
        target,
        new CampaignStatus.TargetStatus(
            phase.label(),
            configuration == null ? "" : configuration.describe(),
            iteration,
            now.toString(),
            before == null ? "" : before.note()));
    write();
  }

  @Override
  public synchronized void targetChanged(String target, String status) {
    CampaignStatus.TargetStatus before = targets.get(target);
    targets.put(
        target,
        before == null
            ? new CampaignStatus.TargetStatus(Phase.WAITING.label(), "", 0, "", status)
            : new CampaignStatus.TargetStatus(
                before.phase(),
                before.configuration(),
                before.iteration(),
                before.since(),
                status));
    write();
  }

  @Override
  public synchronized void campaignFinished(CampaignOutcome outcome) {
    Instant now = clock.instant();
    for (String target : Map.copyOf(phaseOf).keySet()) {
      closePhase(target, now);
      phaseOf.remove(target);
    }
    ended = outcome.stopReason() == null ? "finished" : "stopped: " + outcome.stopReason();
    write();
  }

  private void closePhase(String target, Instant now) {
    Phase phase = phaseOf.get(target);
    if (phase != null) {
      double took = Duration.between(phaseSince.get(target), now).toMillis() / 1000.0;
      seconds.merge(phase, took, Double::sum);
    }
  }

  private void write() {
    Map<String, Double> shares = new LinkedHashMap<>();
    seconds.forEach((phase, s) -> shares.put(phase.label(), s));
    CampaignStatus status =
        new CampaignStatus(
            runId,
            started.toString(),
            planned,
            iterations,
            clock.instant().toString(),
            ended,
            targets,
            shares);
    try {
      CampaignStatusFile.write(folder, status);
    } catch (IOException | RuntimeException e) {
      if (!warned) {
        warned = true;
        LOG.warn(
            "cannot write {} in {} (the dashboard shows less): {}",
            CampaignStatusFile.NAME,
            folder,
            e.getMessage());
      }
    }
  }
}
