package org.dfaas.sampler.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.TimeFormat;
import org.dfaas.sampler.report.CampaignSummary;
import org.dfaas.sampler.report.ConfigurationResult;
import org.dfaas.sampler.report.ConfigurationResult.Status;
import org.dfaas.sampler.results.CampaignStatus;

/**
 * The page's state as JSON, built from a {@link FolderFollower}: the campaign's state, counts and
 * ETA, each target, where the time goes, the latest rows, failures and log problems, and the charts
 * with the version of each. Text only ever reaches the page as JSON data: the page sets it as text,
 * never as markup.
 *
 * <p>Not thread-safe: the follower's thread builds it.
 */
final class DashboardView {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;
  private final Pace pace = new Pace();

  DashboardView(Clock clock) {
    this.clock = clock;
  }

  /** The state of {@code folder} now, with {@code charts} as the page's images. */
  String render(FolderFollower folder, CampaignSummary summary, ChartSet charts) {
    Instant now = clock.instant();
    ObjectNode root = JSON.createObjectNode();
    root.put("folder", folder.folder().toAbsolutePath().normalize().toString());
    CampaignState state =
        CampaignState.of(
            folder.hasCampaign(), folder.lock(), folder.status(), folder.log().ended());
    List<String> fleet = folder.fleetTargets();
    root.put("state", state.name());
    root.put(
        "stateWhy",
        fleet.isEmpty()
            ? state.why()
            : "a fleet's folder: each target's campaign is in a folder of its own ("
                + String.join(", ", fleet)
                + "); serve one with dashboard "
                + folder.folder().resolve(fleet.get(0)));
    LogTail log = folder.log();
    String runId = folder.status().map(CampaignStatus::runId).orElse(log.runId());
    root.put("runId", runId);
    root.put("on", log.on());
    log.sessionStarted().ifPresent(t -> root.put("started", TimeFormat.timestamp(t)));
    log.sessionStarted()
        .ifPresent(
            t ->
                root.put(
                    "elapsed",
                    TimeFormat.duration(
                        Duration.between(
                            t,
                            state.name().equals(CampaignState.RUNNING)
                                ? LocalDateTime.ofInstant(now, ZoneId.systemDefault())
                                : log.span().get().last()))));
    Map<String, Long> tally = tally(summary);
    root.set("tally", JSON.valueToTree(tally));
    if (!summary.campaign().frontier().isEmpty()) {
      root.put(
          "gridEstimate",
          tally.get("measured ok") + tally.get("inferred ok") + tally.get("measured overloaded"));
    }
    long settled = tally.values().stream().mapToLong(Long::longValue).sum() - tally.get("measured");
    long planned =
        folder
            .status()
            .map(CampaignStatus::plannedConfigurations)
            .filter(p -> p > 0)
            .orElse(log.planned());
    root.put("planned", planned);
    root.put("settled", settled);
    root.put("rows", folder.rows());
    pace.observe(runId, settled, now);
    if (state.name().equals(CampaignState.RUNNING)) {
      Pace.Eta eta = pace.eta(planned, settled, now);
      eta.seconds().ifPresent(s -> root.put("eta", TimeFormat.duration(s)));
      root.put("etaBasis", eta.basis());
    }
    root.set("targets", targets(folder));
    root.set("time", timeShares(folder));
    root.set("latest", JSON.valueToTree(folder.latest()));
    root.put("failureCount", folder.failureCount());
    root.set("failures", JSON.valueToTree(folder.failures()));
    root.set("problems", JSON.valueToTree(log.problems()));
    root.put("statusProblem", folder.statusProblem());
    root.set("charts", charts.describe());
    return root.toString();
  }

  /** The search's tally: each class of configuration the files know, and how many. */
  static Map<String, Long> tally(CampaignSummary summary) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String name :
        List.of(
            "measured",
            "measured ok",
            "measured overloaded",
            "inferred ok",
            "inferred overloaded",
            "failed",
            "skipped")) {
      counts.put(name, 0L);
    }
    for (ConfigurationResult c : summary.configurations()) {
      Status status = c.status();
      String name =
          switch (status) {
            case DONE, INCOMPLETE -> c.overloaded() ? "measured overloaded" : "measured ok";
            case FAILED -> "failed";
            case DOMINATED -> "skipped";
            case INFERRED_OK -> "inferred ok";
            case INFERRED_OVERLOADED -> "inferred overloaded";
          };
      counts.merge(name, 1L, Long::sum);
    }
    counts.put("measured", counts.get("measured ok") + counts.get("measured overloaded"));
    return counts;
  }

  private static ArrayNode targets(FolderFollower folder) {
    ArrayNode targets = JSON.createArrayNode();
    Map<String, CampaignStatus.TargetStatus> now =
        folder.status().map(CampaignStatus::targets).orElse(Map.of());
    Map<String, RowBrief> last = folder.lastByTarget();
    java.util.Set<String> names = new java.util.LinkedHashSet<>(now.keySet());
    names.addAll(last.keySet());
    for (String name : names) {
      ObjectNode target = targets.addObject();
      target.put("name", name.isEmpty() ? "(the target)" : name);
      CampaignStatus.TargetStatus status = now.get(name);
      if (status != null) {
        target.set("now", JSON.valueToTree(status));
      }
      RowBrief row = last.get(name);
      if (row != null) {
        target.set("last", JSON.valueToTree(row));
      }
    }
    return targets;
  }

  private static ArrayNode timeShares(FolderFollower folder) {
    ArrayNode shares = JSON.createArrayNode();
    Map<String, Double> seconds =
        folder.status().map(CampaignStatus::phaseSeconds).orElse(Map.of());
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    seconds.forEach(
        (phase, s) ->
            shares
                .addObject()
                .put("phase", phase)
                .put("seconds", Math.round(s))
                .put("share", total > 0 ? s / total : 0));
    return shares;
  }
}
