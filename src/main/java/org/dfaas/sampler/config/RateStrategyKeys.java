package org.dfaas.sampler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Reads {@code rate_strategy}, or the legacy {@code rates} block, into a {@link RateStrategy}, and
 * prints it back as {@code rate_strategy} (a drawn random seed included, so the printed config
 * plans the same rates).
 */
final class RateStrategyKeys {

  static final List<String> TYPES = List.of("linear", "exponential", "random", "custom");

  private final LongSupplier seedSource;

  RateStrategyKeys(LongSupplier seedSource) {
    this.seedSource = seedSource;
  }

  RateStrategy read(ConfigNode root, Problems problems) {
    Optional<ConfigNode> legacy = root.object("rates");
    Optional<ConfigNode> strategy = root.object("rate_strategy");
    if (strategy.isPresent()) {
      legacy.ifPresent(
          rates -> problems.warn("rates", "ignored because rate_strategy is given too"));
      return readStrategy(strategy.get(), problems);
    }
    return legacy.map(rates -> checked(linear(rates), rates, problems)).orElse(LinearRates.DEFAULT);
  }

  private RateStrategy readStrategy(ConfigNode node, Problems problems) {
    String type = node.string("type", null);
    if (type == null) {
      problems.add(node.pathOf("type"), "is required: one of " + String.join(", ", TYPES));
      return LinearRates.DEFAULT;
    }
    RateStrategy strategy =
        switch (type) {
          case "linear" -> linear(node);
          case "exponential" ->
              new ExponentialRates(
                  node.integerOr("base", 2),
                  node.integerOr("min_power", 0),
                  node.integerOr("max_power", 8),
                  node.integer("max_rate", null));
          case "random" -> random(node, problems);
          case "custom" -> custom(node);
          default -> null;
        };
    if (strategy == null) {
      problems.add(
          node.pathOf("type"),
          "unknown strategy \"" + type + "\"; one of " + String.join(", ", TYPES));
      return LinearRates.DEFAULT;
    }
    return checked(strategy, node, problems);
  }

  private static RateStrategy checked(RateStrategy strategy, ConfigNode node, Problems problems) {
    node.warnUnknownKeys();
    List<ConfigProblem> found = strategy.validate(node.path());
    problems.addAll(found);
    return found.isEmpty() ? strategy : LinearRates.DEFAULT;
  }

  private static LinearRates linear(ConfigNode node) {
    return new LinearRates(
        node.integerOr("min_rate", 0), node.integerOr("max_rate", 200), node.integerOr("step", 10));
  }

  private RandomRates random(ConfigNode node, Problems problems) {
    int min = node.integerOr("min_rate", 10);
    int max = node.integerOr("max_rate", 200);
    int count = node.integerOr("count", 10);
    Long seed = node.longValue("seed", null);
    if (seed == null && !node.has("seed")) {
      long drawn = seedSource.getAsLong();
      problems.warn(
          node.pathOf("seed"),
          "not set, drew "
              + drawn
              + "; set it to plan the same rates again (resuming a campaign needs the same rates)");
      return new RandomRates(min, max, count, drawn, false);
    }
    return new RandomRates(min, max, count, seed == null ? 0 : seed, true);
  }

  private static CustomRates custom(ConfigNode node) {
    List<Integer> rates = new ArrayList<>();
    node.list("rates")
        .ifPresentOrElse(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                Integer rate = node.asInteger(item, node.pathOf("rates") + "[" + i + "]");
                if (rate != null) {
                  rates.add(rate);
                }
              }
            },
            () -> {});
    return new CustomRates(rates);
  }

  static void print(RateStrategy strategy, ObjectNode into) {
    ObjectNode node = into.putObject("rate_strategy");
    node.put("type", strategy.type());
    if (strategy instanceof LinearRates linear) {
      node.put("min_rate", linear.minRate());
      node.put("max_rate", linear.maxRate());
      node.put("step", linear.step());
    } else if (strategy instanceof ExponentialRates exponential) {
      node.put("base", exponential.base());
      node.put("min_power", exponential.minPower());
      node.put("max_power", exponential.maxPower());
      ConfigPrinter.putNumber(node, "max_rate", exponential.maxRate());
    } else if (strategy instanceof RandomRates random) {
      node.put("min_rate", random.minRate());
      node.put("max_rate", random.maxRate());
      node.put("count", random.count());
      node.put("seed", random.seed());
    } else if (strategy instanceof CustomRates custom) {
      ArrayNode rates = node.putArray("rates");
      Arrays.stream(custom.rates()).forEach(rates::add);
    }
  }
}
