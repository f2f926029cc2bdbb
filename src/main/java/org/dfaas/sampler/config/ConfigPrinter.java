package org.dfaas.sampler.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.dfaas.sampler.Secrets;

/**
 * Writes a config back as YAML in the plain layout, every key with its effective value, so the
 * output of {@code validate} loads again to the same config (a drawn random seed included). Each
 * block prints its own keys; this class only puts them in order and writes the YAML.
 */
public final class ConfigPrinter {

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .build();

  /** What {@code validate} prints in place of a secret. */
  public static final String MASK = "********";

  private ConfigPrinter() {}

  /** The effective config as YAML, headed by comments naming the source and the rates. */
  public static String toYaml(String source, SamplerConfig config) {
    int[] rates = config.rateStrategy().rates();
    String header =
        "# effective config of "
            + source
            + "\n# rates: "
            + Arrays.stream(rates).mapToObj(Integer::toString).collect(Collectors.joining(", "))
            + " ("
            + rates.length
            + ")\n";
    try {
      // Every URL's credentials, whichever key holds it: validate's output and campaign.yaml.
      return Secrets.maskUrlCredentials(header + YAML.writeValueAsString(tree(config)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a config tree always serialises", e);
    }
  }

  static ObjectNode tree(SamplerConfig config) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (ConfigBlock block : SamplerConfigKeys.printedBlocks(config)) {
      block.print(root);
    }
    return root;
  }

  static void putNumber(ObjectNode node, String key, Integer value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  static void putFlag(ObjectNode node, String key, Boolean value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  /** {@code key} with the value's text, left out when the value is unset. */
  static void putOptional(ObjectNode node, String key, Object value) {
    if (value != null) {
      node.put(key, value.toString());
    }
  }

  /** A map of strings, in its own order. */
  static void putMap(ObjectNode node, String key, Map<String, String> values) {
    ObjectNode map = node.putObject(key);
    values.forEach(map::put);
  }
}
