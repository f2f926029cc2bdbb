package org.dfaas.sampler.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import org.dfaas.sampler.config.ConfigPrinter;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.results.ArtifactNames;

/**
 * The config an output folder was started with, kept as {@code campaign.yaml} (what {@code
 * validate} prints, secrets masked), so that a resume with a config that would change the data
 * (functions, rates, duration, iterations, thresholds, queries, search) cannot silently mix two
 * campaigns in one dataset. Keys that do not change the data (hosts, timeouts, cooldown) may
 * differ.
 */
final class CampaignConfigRecord {

  /** The top-level keys whose values change what a row means. */
  static final List<String> DATA_KEYS =
      List.of(
          "functions",
          "rate_strategy",
          "duration",
          "iterations",
          "overload",
          "queries_path",
          "scaphandre_enabled",
          "function_pid_regexes",
          "search");

  private static final YAMLMapper YAML = new YAMLMapper();

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
    JsonNode was = parse(recorded);
    JsonNode now = parse(current);
    List<String> differences = new ArrayList<>();
    for (String key : DATA_KEYS) {
      compare(key, was.path(key), now.path(key), differences);
    }
    return differences;
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
