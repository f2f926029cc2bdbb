package org.dfaas.sampler.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.RegularFiles;
import org.dfaas.sampler.SamplerException;

/**
 * Reads a config file in either layout, applies the command line's overrides, and validates the
 * result, listing every problem at once with its key path (compat §1, §2).
 *
 * <p>Thread-safe: it holds no state between calls.
 */
public final class ConfigLoader {

  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Path home;
  private final LongSupplier seedSource;

  /** A loader expanding {@code ~} to the user's home and drawing missing random seeds at random. */
  public ConfigLoader() {
    this(Path.of(System.getProperty("user.home")), () -> ThreadLocalRandom.current().nextLong());
  }

  /**
   * @param home what {@code ~} in a path stands for
   * @param seedSource where a random strategy without a seed gets one
   */
  public ConfigLoader(Path home, LongSupplier seedSource) {
    this.home = home;
    this.seedSource = seedSource;
  }

  /**
   * Loads {@code file} with {@code overrides} on top.
   *
   * @throws InvalidConfigException when anything in it is wrong, with every problem
   * @throws SamplerException (exit 2) when the file cannot be read or is not YAML
   */
  public LoadedConfig load(Path file, List<ConfigOverride> overrides) {
    String text;
    try {
      text = RegularFiles.readString(file, "config file", RegularFiles.TEXT_FILE_BYTES);
    } catch (NoSuchFileException e) {
      throw new SamplerException(
          "config file " + file + " does not exist", ExitCode.BAD_INPUT, null, e);
    } catch (MalformedInputException e) {
      throw new SamplerException(
          "config file " + file + " is not UTF-8 text", ExitCode.BAD_INPUT, null, e);
    } catch (IOException e) {
      throw new SamplerException(
          "cannot read config file " + file + ": " + e.getMessage(), ExitCode.BAD_INPUT, null, e);
    }
    return load(file.toString(), text, overrides);
  }

  /** Loads config text; {@code source} names it in messages. */
  public LoadedConfig load(String source, String text, List<ConfigOverride> overrides) {
    Problems problems = new Problems();
    ObjectNode root = parse(source, text, problems);
    ObjectNode effective = ConfigLayout.effective(root, problems);
    for (ConfigOverride override : overrides) {
      override.applyTo(effective, problems);
    }
    SamplerConfig config =
        new SamplerConfigKeys(home, seedSource)
            .read(new ConfigNode(effective, "", problems), problems);
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(source, problems.problems());
    }
    return new LoadedConfig(config, problems.warnings());
  }

  private static ObjectNode parse(String source, String text, Problems problems) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SamplerException(
          "config " + source + " is not valid YAML: " + e.getOriginalMessage() + locate(e),
          ExitCode.BAD_INPUT,
          null,
          e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (root instanceof ObjectNode map) {
      return map;
    }
    problems.add("(top level)", "must be a map of keys, got " + ConfigNode.describe(root));
    return JsonNodeFactory.instance.objectNode();
  }

  private static String locate(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
