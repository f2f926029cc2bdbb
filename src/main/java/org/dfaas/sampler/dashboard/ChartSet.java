package org.dfaas.sampler.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.report.CampaignSummary;
import org.dfaas.sampler.report.ChartImage;
import org.dfaas.sampler.report.LiveCampaign;

/**
 * The report's charts of a followed campaign, drawn again when its files changed, at most once per
 * {@code interval}: drawing every chart of a large campaign costs far more than reading a few new
 * rows, and a page refreshed every few seconds shows the same thing. A campaign whose charts take
 * long to draw has them drawn less often ({@link #PAUSE_PER_DRAWING}). Each chart keeps a version
 * that changes only when its picture does, so the page fetches only the images that changed.
 *
 * <p>Thread-safe: the follower draws, the server's threads read.
 */
final class ChartSet {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How many times as long as the last drawing took the next one waits at least: drawing then takes
   * at most a fifth of a core, however large the campaign.
   */
  static final int PAUSE_PER_DRAWING = 4;

  private final Duration interval;
  private volatile Drawn current = new Drawn(List.of(), new long[0]);
  private Instant drawn = Instant.MIN;
  private Duration took = Duration.ZERO;
  private boolean stale;
  private long generation;

  ChartSet(Duration interval) {
    this.interval = interval;
  }

  /** Notes that the files changed: the charts are drawn again at the next chance. */
  void changed() {
    stale = true;
  }

  /** Whether the files changed since the charts were drawn. */
  boolean stale() {
    return stale;
  }

  /**
   * Draws the charts of {@code summary} again if they are stale and the last drawing is at least
   * the interval old, or {@link #PAUSE_PER_DRAWING} times as long as it took when that is longer.
   *
   * @return whether they were drawn
   */
  boolean refresh(CampaignSummary summary, Instant now) {
    Duration spaced = took.multipliedBy(PAUSE_PER_DRAWING);
    Duration wait = spaced.compareTo(interval) > 0 ? spaced : interval;
    if (!stale || Duration.between(drawn, now).compareTo(wait) < 0) {
      return false;
    }
    long start = System.nanoTime();
    List<ChartImage> fresh = LiveCampaign.charts(summary);
    took = Duration.ofNanos(System.nanoTime() - start);
    Drawn previous = current;
    List<ChartImage> before = previous.charts();
    long[] next = new long[fresh.size()];
    generation++;
    for (int i = 0; i < fresh.size(); i++) {
      boolean same =
          i < before.size()
              && before.get(i).fileName().equals(fresh.get(i).fileName())
              && Arrays.equals(before.get(i).png(), fresh.get(i).png());
      next[i] = same ? previous.versions()[i] : generation;
    }
    current = new Drawn(List.copyOf(fresh), next);
    drawn = now;
    stale = false;
    return true;
  }

  /** The PNG of chart {@code index}, if there is one. */
  Optional<byte[]> png(int index) {
    List<ChartImage> now = current.charts();
    return index >= 0 && index < now.size() ? Optional.of(now.get(index).png()) : Optional.empty();
  }

  /** Each chart's index, text alternative, width and version, for the page. */
  ArrayNode describe() {
    Drawn drawnNow = current;
    List<ChartImage> now = drawnNow.charts();
    long[] v = drawnNow.versions();
    ArrayNode all = JSON.createArrayNode();
    for (int i = 0; i < now.size(); i++) {
      ChartImage chart = now.get(i);
      all.addObject()
          .put("id", i)
          .put("name", chart.fileName())
          .put("alt", chart.alt())
          .put("width", chart.width())
          .put("version", v[i]);
    }
    return all;
  }

  /** The charts and their versions, replaced together. */
  private record Drawn(List<ChartImage> charts, long[] versions) {}
}
