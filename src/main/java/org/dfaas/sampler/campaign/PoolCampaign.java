package org.dfaas.sampler.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.config.SearchSettings;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.IterationTally;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.search.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool campaign: alike targets share one plan and one output folder. This thread drives the
 * search (which is not thread-safe) and hands each configuration to an idle target; each target
 * runs it on a thread of its own ({@link PoolWorker}) and its outcome goes back to the search as
 * soon as it is known, so dominance and inference cover every target.
 *
 * <p>No configuration runs on two targets at once and none is lost: a target that fails gives its
 * configuration back (first in line, with what is done of it), waits its backoff, and is dropped
 * after {@link PoolSettings#maxFailures()} failures in a row. The campaign ends when the search is
 * done, or when no target is left (resumable). A configuration the index lists is not run again:
 * its recorded outcome goes to the search when the search asks for it, as in the serial campaign.
 *
 * <p>{@link #run()} once. Interrupting its thread interrupts every target's run (their k6 stops)
 * and leaves the folder resumable.
 */
public final class PoolCampaign {

  private static final Logger LOG = LoggerFactory.getLogger(PoolCampaign.class);

  /** How long the coordinator waits for a target at most before looking again. */
  private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

  private final PoolParts parts;
  private final CampaignListener listener;
  private final List<Lane> lanes = new ArrayList<>();
  private final Deque<PoolAssignment> queue = new ArrayDeque<>();
  private final LinkedBlockingQueue<Finished> finished = new LinkedBlockingQueue<>();

  /** Started by an earlier run, queued or running again without the search asking for them. */
  private final Set<Configuration> unasked = new HashSet<>();

  /** Those of {@link #unasked} the search asked for since: it awaits their outcomes. */
  private final Set<Configuration> askedSince = new HashSet<>();

  /** Outcomes of {@link #unasked} ones finished before the search asked for them. */
  private final Map<Configuration, Outcome> finishedUnasked = new HashMap<>();

  private long dispatched;
  private long ran;
  private long failed;
  private long overloaded;
  private long skippedIndexed;

  public PoolCampaign(PoolParts parts) {
    this.parts = parts;
    CampaignListener shared = SerializedListener.of(parts.listener());
    this.listener = CampaignListener.all(List.of(parts.campaignLog(), shared));
    for (PoolTarget target : parts.targets()) {
      lanes.add(new Lane(new PoolWorker(target, parts, shared)));
    }
  }

  /** Runs (or resumes) the campaign and tells how it ended. */
  public CampaignOutcome run() {
    Instant started = parts.clock().instant();
    ResultStore store = parts.store();
    ResultStore.ResumeState resume = store.resumeState();
    CampaignSearch search =
        CampaignSearch.of(
            parts.config().search(), parts.plan(), parts.config().iterations(), listener, store);
    listener.campaignStarted(parts.plan().size(), parts.config().iterations());
    lanes.forEach(lane -> status(lane, "idle"));
    String stopReason = null;
    boolean interrupted = false;
    java.util.concurrent.atomic.AtomicInteger threadCount =
        new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            lanes.size(),
            runnable -> {
              Thread thread = new Thread(runnable);
              thread.setName("pool-target-" + threadCount.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      queueUnfinished(search, resume);
      stopReason = drive(search, resume, threads);
    } catch (InterruptedException e) {
      stopReason = "interrupted; the output folder is resumable";
      interrupted = true;
    } catch (CampaignStoppedException e) {
      stopReason = e.getMessage();
    } finally {
      stopAll(threads);
    }
    stopReason = search.writeFrontier(stopReason);
    CampaignOutcome outcome =
        new CampaignOutcome(
            parts.plan().size(),
            ran,
            search.skippedDominated(),
            skippedIndexed,
            failed,
            overloaded,
            Duration.between(started, parts.clock().instant()),
            store.folder(),
            stopReason,
            interrupted,
            search.mode(),
            search.inferredOk(),
            search.tally());
    listener.campaignFinished(outcome);
    return outcome;
  }

  /** The loop: hand out, wait, take back. The stop reason, or {@code null} when all is done. */
  private String drive(
      CampaignSearch search, ResultStore.ResumeState resume, ExecutorService threads)
      throws InterruptedException {
    String limit = null;
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped between two configurations");
      }
      Instant now = parts.clock().instant();
      List<Lane> ready = new ArrayList<>();
      for (Lane lane : lanes) {
        if (lane.ready(now)) {
          ready.add(lane);
        }
      }
      if (limit == null) {
        limit = fill(search, resume, ready.size());
      }
      for (Lane lane : ready) {
        PoolAssignment next = queue.pollFirst();
        if (next == null) {
          status(lane, idle(limit, search));
        } else {
          start(lane, next, threads);
        }
      }
      boolean running = lanes.stream().anyMatch(Lane::busy);
      if (!running && queue.isEmpty() && (limit != null || search.finished())) {
        return limit;
      }
      if (lanes.stream().allMatch(lane -> lane.dropped)) {
        return "no target is left (each failed "
            + parts.settings().maxFailures()
            + " times in a row); the output folder is resumable";
      }
      if (!running && queue.isEmpty() && ready.size() > 0) {
        throw new IllegalStateException("the search awaits nothing and proposes nothing");
      }
      Finished done = finished.poll(waitFor(now).toMillis(), TimeUnit.MILLISECONDS);
      if (done != null) {
        take(search, done);
      }
    }
  }

  /**
   * Fills the queue up to {@code wanted} from the search; what the index lists goes back to the
   * search at once. The stop reason when {@code --max-configs} is reached, else {@code null}.
   */
  private String fill(CampaignSearch search, ResultStore.ResumeState resume, int wanted) {
    while (queue.size() < wanted) {
      int room = wanted - queue.size();
      if (dispatched >= parts.maxConfigurations()) {
        return "--max-configs " + parts.maxConfigurations() + " reached";
      }
      room = (int) Math.min(room, parts.maxConfigurations() - dispatched);
      List<Configuration> batch = search.next(room);
      if (batch.isEmpty()) {
        return null;
      }
      for (Configuration configuration : batch) {
        PlanPosition position = search.position(configuration);
        IterationTally done = resume.tally(configuration.key());
        Outcome before = finishedUnasked.remove(configuration);
        if (before != null) {
          search.record(position, configuration, before);
        } else if (unasked.contains(configuration)) {
          askedSince.add(configuration);
        } else if (resume.indexed().contains(configuration.key())) {
          listener.configurationSkipped(position, configuration, SkipReason.ALREADY_INDEXED);
          skippedIndexed++;
          search.record(position, configuration, search.resumedOutcome(done));
        } else if (search.failedBefore(resume, configuration)) {
          listener.configurationSkipped(position, configuration, SkipReason.FAILED_BEFORE);
          search.record(position, configuration, search.resumedFailure(done));
        } else {
          dispatched++;
          queue.addLast(
              new PoolAssignment(
                  configuration,
                  position,
                  done.iterations(),
                  done.overloaded(),
                  firstNear(resume, configuration, done)));
        }
      }
    }
    return null;
  }

  /**
   * In frontier mode, first finishes what an earlier run started and left unfinished (rows, no
   * index line, no failure): a resumed frontier proposes with outcomes the killed run did not have
   * yet, and may infer such a configuration instead of asking for it, which would leave it with
   * some of its iterations. Its outcome goes to the search if and when the search asks for it. The
   * grid asks for everything it started again (its choices do not depend on the order of outcomes).
   */
  private void queueUnfinished(CampaignSearch search, ResultStore.ResumeState resume) {
    if (search.mode() != SearchSettings.Mode.FRONTIER) {
      return;
    }
    Set<ConfigKey> started = new HashSet<>(resume.tallies().keySet());
    started.removeAll(resume.indexed());
    started.removeAll(resume.failed());
    for (Configuration configuration : parts.plan()) {
      if (started.isEmpty() || dispatched >= parts.maxConfigurations()) {
        return;
      }
      if (started.remove(configuration.key())) {
        IterationTally done = resume.tally(configuration.key());
        unasked.add(configuration);
        dispatched++;
        queue.addLast(
            new PoolAssignment(
                configuration,
                search.position(configuration),
                done.iterations(),
                done.overloaded(),
                firstNear(resume, configuration, done)));
      }
    }
  }

  /** Hands an outcome to the search, or keeps it until the search asks (see queueUnfinished). */
  private void tell(CampaignSearch search, PoolAssignment assignment, Outcome outcome) {
    Configuration configuration = assignment.configuration();
    if (unasked.remove(configuration) && !askedSince.remove(configuration)) {
      finishedUnasked.put(configuration, outcome);
      return;
    }
    search.record(assignment.position(), configuration, outcome);
  }

  private void start(Lane lane, PoolAssignment assignment, ExecutorService threads) {
    lane.running = assignment;
    status(lane, "running " + assignment.configuration().describe());
    threads.execute(
        () -> {
          // Its log lines, on the terminal and in campaign.log, say which target they come from.
          LogTarget.Scope named = LogTarget.of(lane.name());
          try {
            finished.add(new Finished(lane, lane.worker.run(assignment)));
          } finally {
            named.close();
          }
        });
  }

  /** Takes a target's result back: the search hears of the outcome, the target is free. */
  private void take(CampaignSearch search, Finished done) throws InterruptedException {
    Lane lane = done.lane();
    lane.running = null;
    PoolAssignment.Result result = done.result();
    PoolAssignment assignment = result.assignment();
    if (result instanceof PoolAssignment.Done d) {
      lane.failures = 0;
      ran++;
      overloaded += d.outcome().overloaded() ? 1 : 0;
      tell(search, assignment, d.outcome());
      status(lane, "idle");
    } else if (result instanceof PoolAssignment.Failed f) {
      lane.failures = 0;
      failed++;
      tell(search, assignment, f.outcome());
      status(lane, "idle");
    } else if (result instanceof PoolAssignment.TargetFailed t) {
      queue.addFirst(t.left());
      lane.failures++;
      String why = String.valueOf(t.cause().getMessage());
      if (lane.failures >= parts.settings().maxFailures()) {
        lane.dropped = true;
        LOG.warn(
            "target {} dropped after {} failures in a row; its configuration {} goes to another"
                + " target. Last failure: {}",
            lane.name(),
            lane.failures,
            assignment.configuration().id(),
            why);
        status(lane, "dropped: " + why);
      } else {
        Duration wait = parts.settings().backoffAfter(lane.failures);
        lane.notBefore = parts.clock().instant().plus(wait);
        LOG.warn(
            "target {} failed (failure {} of {} in a row), retrying in {} s; configuration {}"
                + " goes back to the queue: {}",
            lane.name(),
            lane.failures,
            parts.settings().maxFailures(),
            wait.toSeconds(),
            assignment.configuration().id(),
            why);
        status(lane, "failed, retrying in " + wait.toSeconds() + " s: " + why);
      }
    } else if (result instanceof PoolAssignment.Interrupted i) {
      queue.addFirst(i.left());
      throw new InterruptedException("a target's run was stopped");
    } else if (result instanceof PoolAssignment.Stopped stopped) {
      throw stopped.cause();
    }
  }

  private static String seconds(Duration wait) {
    return String.format(java.util.Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
  }

  private Duration waitFor(Instant now) {
    Duration wait = LOOK_AGAIN;
    for (Lane lane : lanes) {
      if (!lane.dropped && !lane.busy() && lane.notBefore.isAfter(now)) {
        Duration left = Duration.between(now, lane.notBefore);
        wait = left.compareTo(wait) < 0 ? left : wait;
      }
    }
    return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
  }

  /** Interrupts every target's run and waits for each to end: nothing is half-written. */
  private void stopAll(ExecutorService threads) {
    threads.shutdownNow();
    try {
      while (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.info("waiting for the targets' runs to stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Lane lane : lanes) {
      if (!lane.dropped) {
        status(lane, "stopped");
      }
    }
  }

  /** As the serial campaign judges it: a second row says near; a lone first row is judged. */
  private boolean firstNear(
      ResultStore.ResumeState resume, Configuration configuration, IterationTally done) {
    if (!adaptive() || done.iterations() == 0) {
      return false;
    }
    if (done.iterations() >= 2) {
      return true;
    }
    OverloadEvaluator overload = parts.targets().get(0).overload();
    return resume
        .firstRow(configuration.key())
        .map(
            row ->
                overload.nearThreshold(
                    row.node().loaded(), row.functions(), parts.config().search().margin()))
        .orElse(true);
  }

  private boolean adaptive() {
    return parts.config().search().iterations() == SearchSettings.IterationMode.ADAPTIVE;
  }

  /** Why a free target gets nothing. */
  private static String idle(String limit, CampaignSearch search) {
    if (limit != null) {
      return "idle: " + limit;
    }
    return search.finished()
        ? "idle: nothing left to run"
        : "idle: what is left waits for an outcome of another target";
  }

  /** Tells a target's status when it changed. */
  private void status(Lane lane, String status) {
    if (!status.equals(lane.status)) {
      lane.status = status;
      listener.targetChanged(lane.name(), status);
    }
  }

  /** One target as the coordinator sees it. Touched by the coordinator's thread only. */
  private static final class Lane {
    final PoolWorker worker;
    PoolAssignment running;
    String status;
    int failures;
    boolean dropped;
    Instant notBefore = Instant.MIN;

    Lane(PoolWorker worker) {
      this.worker = worker;
    }

    String name() {
      return worker.name();
    }

    boolean busy() {
      return running != null;
    }

    boolean ready(Instant now) {
      return !dropped && running == null && !notBefore.isAfter(now);
    }
  }

  private record Finished(Lane lane, PoolAssignment.Result result) {}
}
