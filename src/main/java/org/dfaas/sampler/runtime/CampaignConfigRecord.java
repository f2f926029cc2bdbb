package org.dfaas.sampler.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.ConfigLoader;
import org.dfaas.sampler.config.ConfigPrinter;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.results.ArtifactNames;

/**
 * The config an output folder was started with, kept as {@code campaign.yaml} (what {@code
 * validate} prints, secrets masked), so that a resume with a config that would change the data
 * (functions, rates, duration, iterations, thresholds, queries, search) cannot silently mix two
 * campaigns in one dataset. Keys that do not change the data (hosts, timeouts, cooldown) may
 * differ, and a config that only widens the plan ({@link CampaignConfigChange}) resumes: the file
 * then takes it, its {@code history} listing each widening.
 */
final class CampaignConfigRecord {

  /** The top-level keys whose values change what a row means. */
  static final List<String> DATA_KEYS =
      List.of(
          "functions",
          "rate_strategy",
          "combinations",
          "duration",
          "iterations",
          "overload",
          "queries_path",
          "scaphandre_enabled",
          "function_pid_regexes",
          "search");

  /** The key of the list of widenings: read by no config loader but ignored by ours. */
  static final String HISTORY = "history";

  private static final YAMLMapper YAML = new YAMLMapper();

  private static final YAMLMapper WRITER =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();

  private CampaignConfigRecord() {}

  /** The text written to {@code campaign.yaml} for {@code config}. */
  static String text(SamplerConfig config) {
    return ConfigPrinter.toYaml("this campaign, written when it started", config);
  }

  /** The recorded config of {@code folder}, empty for a new folder or an old tool's. */
  static Optional<String> read(Path folder) {
    Path file = folder.resolve(ArtifactNames.CAMPAIGN_YAML);
    try {
      return Optional.of(
          RegularFiles.readString(file, "campaign record", RegularFiles.TEXT_FILE_BYTES));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw SamplerException.onFile(
          "cannot read", file, e, "check that the output folder is readable");
    }
  }

  /**
   * Whether no CSV file under {@code folder} holds a row yet (headers only): a campaign that failed
   * before its first row measured nothing a new config could contradict.
   */
  static boolean holdsNoRow(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".csv"))
          .noneMatch(CampaignConfigRecord::hasRow);
    } catch (IOException e) {
      throw unreadable(folder, e);
    }
  }

  /**
   * Removes the header-only CSV files of a folder that {@link #holdsNoRow} found empty: their
   * headers were written for the old config's functions and would refuse the new one.
   */
  static void removeEmptyTables(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path csv : files.filter(file -> file.toString().endsWith(".csv")).toList()) {
        Files.delete(csv);
      }
    } catch (IOException e) {
      throw unreadable(folder, e);
    }
  }

  private static boolean hasRow(Path csv) {
    try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
      return lines.filter(line -> !line.isBlank()).limit(2).count() > 1;
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(csv, e);
    }
  }

  private static SamplerException unreadable(Path path, Exception e) {
    return SamplerException.onFile(
        "cannot read", path, e, "check that the output folder is readable");
  }

  /**
   * The data keys in which {@code current} differs from {@code recorded}, each as {@code key.path
   * (was X, now Y)}; empty when the campaign may resume.
   */
  static List<String> differences(String recorded, String current) {
    return differences(recorded, current, List.of());
  }

  private static List<String> differences(String recorded, String current, List<String> skipped) {
    JsonNode was = parse(recorded);
    JsonNode now = parse(current);
    List<String> differences = new ArrayList<>();
    for (String key : DATA_KEYS) {
      if (!skipped.contains(key)) {
        compare(key, was.path(key), now.path(key), differences);
      }
    }
    return differences;
  }

  /**
   * How {@code current} (written as {@code currentText}) meets the {@code recorded} text: its plan
   * compared with the recorded config's when that still loads, else every data key as text (a
   * record from an older build widens nothing).
   */
  static CampaignConfigChange change(String recorded, SamplerConfig current, String currentText) {
    SamplerConfig before;
    try {
      before = new ConfigLoader().load(ArtifactNames.CAMPAIGN_YAML, recorded, List.of()).config();
    } catch (SamplerException e) {
      return new CampaignConfigChange(List.of(), differences(recorded, currentText));
    }
    return CampaignConfigChange.of(
        before, current, differences(recorded, currentText, CampaignConfigChange.PLAN_KEYS));
  }

  /**
   * The text of a widened campaign: {@code configText} with the recorded history and one entry
   * more, saying when and what was widened.
   */
  static String widened(String recorded, String configText, List<String> widenings, Instant at) {
    ObjectNode root = YAML.createObjectNode();
    ArrayNode history = root.putArray(HISTORY);
    JsonNode before = parse(recorded).path(HISTORY);
    if (before.isArray()) {
      before.forEach(history::add);
    }
    ObjectNode entry = history.addObject();
    entry.put("widened_at", at.truncatedTo(ChronoUnit.SECONDS).toString());
    widenings.forEach(entry.putArray("widened")::add);
    try {
      return configText
          + "# each widening of the campaign, oldest first (dfaas-sampler ignores this key when"
          + " the file is loaded as a config)\n"
          + WRITER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a history always serialises", e);
    }
  }

  private static JsonNode parse(String yaml) {
    try {
      JsonNode tree = YAML.readTree(yaml);
      return tree == null ? YAML.createObjectNode() : tree;
    } catch (JsonProcessingException e) {
      throw new SamplerException(
          ArtifactNames.CAMPAIGN_YAML + " is not YAML: " + e.getOriginalMessage(),
          ExitCode.BAD_INPUT,
          "restore it, or move it away to resume without the check",
          e);
    }
  }

  private static void compare(String path, JsonNode was, JsonNode now, List<String> out) {
    if (was.equals(now)) {
      return;
    }
    if (was.isObject() && now.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      was.fieldNames().forEachRemaining(keys::add);
      now.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        compare(path + "." + key, was.path(key), now.path(key), out);
      }
      return;
    }
    if (was.isArray() && now.isArray() && was.size() == now.size() && !was.isEmpty()) {
      Iterator<JsonNode> a = was.elements();
      Iterator<JsonNode> b = now.elements();
      for (int i = 0; a.hasNext(); i++) {
        compare(path + "[" + i + "]", a.next(), b.next(), out);
      }
      return;
    }
    out.add(path + " (was " + shown(was) + ", now " + shown(now) + ")");
  }

  private static String shown(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "not set";
    }
    String text = value.isValueNode() ? value.asText() : value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
