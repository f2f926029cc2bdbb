package org.dfaas.sampler.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.LogTarget;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.ResultStore;
import org.dfaas.sampler.search.IterationTally;
import org.dfaas.sampler.search.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaign (compat §4), of one target or of a pool of alike targets sharing one plan and one
 * output folder. This thread drives the search ({@code search.mode}, not thread-safe): it asks
 * which configurations to measure next and hands each to an idle target; a configuration the index
 * lists is not run again, its recorded outcome is handed back instead. Each target runs what it is
 * given ({@link TargetWorker}), each iteration recorded as it ends, and its outcome goes back to
 * the search as soon as it is known, so dominance and inference cover every target. What the search
 * infers on the way is logged and recorded by {@link CampaignSearch}. A single-target campaign is
 * this loop with one target, run on this thread: in grid mode the old tool's loop, skip for skip.
 *
 * <p>A configuration that fails is recorded in {@code skipped.csv} and the campaign goes on; a
 * failure that every later configuration would share ({@link CampaignStoppedException}) ends it,
 * leaving the output folder resumable. In a pool no configuration runs on two targets at once and
 * none is lost: a target that fails itself gives its configuration back (first in line, with what
 * is done of it), waits its backoff, and is dropped after {@link PoolSettings#maxFailures()}
 * failures in a row; the campaign ends when the search is done, or when no target is left.
 *
 * <p>{@link #run()} once. Interrupting its thread stops the campaign between two steps (every
 * target's k6 stops), writing no partial iteration and leaving the folder resumable.
 */
public final class DfaasGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(DfaasGenerator.class);

  /** How long the coordinator waits for a target at most before looking again. */
  private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

  private final CampaignParts parts;
  private final CampaignListener listener;
  private final List<TargetLane> lanes = new ArrayList<>();
  private final Deque<PoolAssignment> queue = new ArrayDeque<>();
  private final LinkedBlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
  private final StartedBefore startedBefore = new StartedBefore();

  private long dispatched;
  private long ran;
  private long failed;
  private long overloaded;
  private long skippedIndexed;

  /** Builds a campaign from its parts; the runtime wires the real ones. */
  public DfaasGenerator(CampaignParts parts) {
    this.parts = parts;
    CampaignListener shared = SerializedListener.of(parts.listener());
    this.listener = CampaignListener.all(List.of(parts.campaignLog(), shared));
    for (TargetParts target : parts.targets()) {
      lanes.add(new TargetLane(new TargetWorker(target, parts, shared), target.unnamed()));
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
    String stopHint = null;
    int stopExitCode = ExitCode.RUNTIME_FAILURE;
    boolean interrupted = false;
    ExecutorService threads = lanes.size() > 1 ? targetThreads() : null;
    try {
      if (parts.handOver().isEmpty()) {
        // No other target to hand over to: a node whose metrics cannot be read ends the
        // campaign before anything is asked of the search, as an error (nothing could be measured).
        lanes.forEach(lane -> lane.worker.takeBaseline());
      }
      if (lanes.size() > 1 && search.finishesStartedFirst()) {
        queueStartedBefore(search, resume);
      }
      stopReason = drive(search, resume, threads == null ? Runnable::run : threads);
    } catch (InterruptedException e) {
      stopReason = "interrupted; the output folder is resumable";
      interrupted = true;
    } catch (CampaignStoppedException e) {
      stopReason = e.getMessage();
      stopHint = e.hint();
      stopExitCode = e.exitCode();
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
            stopExitCode,
            interrupted,
            search.rules().infers(),
            search.inferredOk(),
            search.tally(),
            stopHint);
    listener.campaignFinished(outcome);
    return outcome;
  }

  /** A thread for each target of a pool. */
  private ExecutorService targetThreads() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        lanes.size(),
        runnable -> {
          Thread thread = new Thread(runnable);
          thread.setName("pool-target-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** The loop: hand out, wait, take back. The stop reason, or {@code null} when all is done. */
  private String drive(CampaignSearch search, ResultStore.ResumeState resume, Executor threads)
      throws InterruptedException {
    String limit = null;
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped between two configurations");
      }
      Instant now = parts.clock().instant();
      List<TargetLane> ready = lanes.stream().filter(lane -> lane.ready(now)).toList();
      if (limit == null) {
        limit = fill(search, resume, ready.size());
      }
      for (TargetLane lane : ready) {
        PoolAssignment next = queue.pollFirst();
        if (next == null) {
          status(lane, idle(limit, search));
        } else {
          start(lane, next, threads);
        }
      }
      boolean running = lanes.stream().anyMatch(TargetLane::busy);
      if (!running && queue.isEmpty() && (limit != null || search.finished())) {
        return limit;
      }
      if (lanes.stream().allMatch(lane -> lane.dropped)) {
        return "no target is left (each failed "
            + parts.handOver().orElseThrow().maxFailures()
            + " times in a row); the output folder is resumable";
      }
      if (!running && queue.isEmpty() && !ready.isEmpty()) {
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
  private String fill(CampaignSearch search, ResultStore.ResumeState resume, int wanted)
      throws InterruptedException {
    while (queue.size() < wanted) {
      int room = wanted - queue.size();
      List<List<Configuration>> batch = new ArrayList<>(1);
      // What the search infers on the way reaches skipped.csv, and when due frontier.csv: a write
      // that fails stops.
      StoreWrites.run(
          () -> {
            batch.add(search.next(room));
            search.writeFrontierWhenDue(parts.clock().instant());
          });
      if (batch.get(0).isEmpty()) {
        return null;
      }
      for (Configuration configuration : batch.get(0)) {
        if (!handBack(search, resume, configuration)) {
          if (dispatched >= parts.maxConfigurations()) {
            return "--max-configs " + parts.maxConfigurations() + " reached";
          }
          dispatched++;
          queue.addLast(assignment(search, resume, configuration));
        }
      }
    }
    return null;
  }

  /**
   * Hands the search the outcome of a configuration it asks for that needs no run (the index lists
   * it with all its iterations, it failed before and the search does not retry it, or it ran again
   * unasked), or notes that its outcome is coming; {@code false} when it is to be run.
   */
  private boolean handBack(
      CampaignSearch search, ResultStore.ResumeState resume, Configuration configuration) {
    PlanPosition position = search.position(configuration);
    IterationTally done = resume.tally(configuration.key());
    Outcome before = startedBefore.finished(configuration);
    if (before != null) {
      search.record(position, configuration, before);
    } else if (startedBefore.running(configuration)) {
      return true;
    } else if (resume.indexed().contains(configuration.key()) && !search.topsUp(done)) {
      listener.configurationSkipped(position, configuration, SkipReason.ALREADY_INDEXED);
      skippedIndexed++;
      search.record(position, configuration, search.resumedOutcome(done));
    } else if (search.failedBefore(resume, configuration)) {
      listener.configurationSkipped(position, configuration, SkipReason.FAILED_BEFORE);
      search.record(position, configuration, search.resumedFailure(done));
    } else {
      return false;
    }
    return true;
  }

  /** {@code configuration} with what an earlier run did of it. */
  private PoolAssignment assignment(
      CampaignSearch search, ResultStore.ResumeState resume, Configuration configuration) {
    IterationTally done = resume.tally(configuration.key());
    return new PoolAssignment(
        configuration,
        search.position(configuration),
        done.iterations(),
        done.overloaded(),
        search.resumedFirstNear(resume, configuration, parts.targets().get(0).overload()));
  }

  /**
   * Queues first what an earlier run started and left unfinished, when the search wants them first
   * ({@link CampaignSearch#finishesStartedFirst()}). A single target needs not: the search's own
   * order reaches the one it left right after handing back what the index lists.
   */
  private void queueStartedBefore(CampaignSearch search, ResultStore.ResumeState resume) {
    for (Configuration configuration :
        startedBefore.take(resume, parts.plan(), parts.maxConfigurations() - dispatched)) {
      dispatched++;
      queue.addLast(assignment(search, resume, configuration));
    }
  }

  /** Hands an outcome to the search, or keeps it until the search asks (see StartedBefore). */
  private void tell(CampaignSearch search, PoolAssignment assignment, Outcome outcome) {
    Configuration configuration = assignment.configuration();
    if (!startedBefore.keeps(configuration, outcome)) {
      search.record(assignment.position(), configuration, outcome);
    }
  }

  private void start(TargetLane lane, PoolAssignment assignment, Executor threads) {
    lane.running = assignment;
    status(lane, "running " + assignment.configuration().describe());
    threads.execute(
        () -> {
          // Its log lines, on the terminal and in campaign.log, say which target they come from.
          LogTarget.Scope named = lane.unnamed() ? () -> {} : LogTarget.of(lane.name());
          try {
            finished.add(new Finished(lane, lane.worker.run(assignment)));
          } finally {
            named.close();
          }
        });
  }

  /** Takes a target's result back: the search hears of the outcome, the target is free. */
  private void take(CampaignSearch search, Finished done) throws InterruptedException {
    TargetLane lane = done.lane();
    lane.running = null;
    PoolAssignment.Result result = done.result();
    if (result instanceof PoolAssignment.Done d) {
      lane.failures = 0;
      ran++;
      overloaded += d.outcome().overloaded() ? 1 : 0;
      tell(search, result.assignment(), d.outcome());
      status(lane, "idle");
    } else if (result instanceof PoolAssignment.Failed f) {
      lane.failures = 0;
      failed++;
      tell(search, result.assignment(), f.outcome());
      status(lane, "idle");
    } else if (result instanceof PoolAssignment.TargetFailed t) {
      queue.addFirst(t.left());
      status(lane, lane.failed(t, parts.handOver().orElseThrow(), parts.clock().instant()));
    } else if (result instanceof PoolAssignment.Interrupted i) {
      queue.addFirst(i.left());
      throw new InterruptedException("a target's run was stopped");
    } else if (result instanceof PoolAssignment.Stopped stopped) {
      throw stopped.cause();
    }
  }

  private Duration waitFor(Instant now) {
    Duration wait = LOOK_AGAIN;
    for (TargetLane lane : lanes) {
      if (!lane.dropped && !lane.busy() && lane.notBefore.isAfter(now)) {
        Duration left = Duration.between(now, lane.notBefore);
        wait = left.compareTo(wait) < 0 ? left : wait;
      }
    }
    return wait.isNegative() || wait.isZero() ? Duration.ofMillis(1) : wait;
  }

  /**
   * Interrupts every target's run and waits for each to end: nothing is half-written. A single
   * target ran on this thread: it has ended.
   */
  private void stopAll(ExecutorService threads) {
    if (threads != null) {
      threads.shutdownNow();
      try {
        while (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
          LOG.info("waiting for the targets' runs to stop");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (TargetLane lane : lanes) {
      if (!lane.dropped) {
        status(lane, "stopped");
      }
    }
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

  /**
   * Tells a target's status when it changed; a single target's campaign shows its progress, not a
   * board of targets.
   */
  private void status(TargetLane lane, String status) {
    if (!lane.unnamed() && !status.equals(lane.status)) {
      lane.status = status;
      listener.targetChanged(lane.name(), status);
    }
  }

  private record Finished(TargetLane lane, PoolAssignment.Result result) {}
}
