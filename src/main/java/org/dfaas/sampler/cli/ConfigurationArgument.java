package org.dfaas.sampler.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import picocli.CommandLine.Option;

/**
 * {@code --config figlet=20,env=0}: one configuration written on the command line, pairs in any
 * order.
 */
final class ConfigurationArgument {

  @Option(
      names = "--config",
      required = true,
      paramLabel = "PAIRS",
      description = "The configuration as name=rate pairs, in any order, e.g. figlet=20,env=0.")
  String pairs;

  /** The configuration the option names, checked against the config's functions. */
  Configuration parse(SamplerConfig config) {
    return parse(pairs, config);
  }

  /**
   * The configuration {@code text} names, checked against the config's functions.
   *
   * @throws SamplerException (exit 2) naming what is wrong with the text
   */
  static Configuration parse(String text, SamplerConfig config) {
    List<RatePair> pairs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String part : text.split(",", -1)) {
      String pair = part.trim();
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw bad(text, "\"" + pair + "\" is not name=rate");
      }
      String name = pair.substring(0, equals).trim();
      String rateText = pair.substring(equals + 1).trim();
      if (config.function(name).isEmpty()) {
        throw bad(
            text,
            "the config has no function \""
                + name
                + "\"; it has "
                + String.join(", ", config.functions().stream().map(f -> f.name()).toList()));
      }
      if (!seen.add(name)) {
        throw bad(text, "\"" + name + "\" is given twice");
      }
      int rate;
      try {
        rate = Integer.parseInt(rateText);
      } catch (NumberFormatException e) {
        throw bad(
            text, "the rate of " + name + " must be a whole number, got \"" + rateText + "\"");
      }
      if (rate < 0) {
        throw bad(text, "the rate of " + name + " must be ≥ 0, got " + rate);
      }
      pairs.add(new RatePair(name, rate));
    }
    return new Configuration(pairs);
  }

  private static SamplerException bad(String text, String why) {
    return new SamplerException(
        "--config " + text + ": " + why,
        ExitCode.BAD_INPUT,
        "write the configuration as name=rate pairs separated by commas, e.g. figlet=20,env=0",
        null);
  }
}
