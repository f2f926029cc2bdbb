package org.dfaas.sampler.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.config.Combinations;
import org.dfaas.sampler.config.FunctionSpec;
import org.dfaas.sampler.config.LinearRates;

/** Plans the plan tests share. */
public final class PlanFixtures {

  /** The 14 functions of the DFaaS node dataset campaigns. */
  public static final List<String> DFAAS_FUNCTIONS =
      List.of(
          "figlet",
          "shasum",
          "nmap",
          "env",
          "curl",
          "qrcode-go",
          "sentimentanalysis",
          "face-detect-pigo",
          "face-blur",
          "coherent-line-drawing",
          "certinfo",
          "markdown",
          "openfaas-youtube-dl",
          "openfaas-text-to-speech");

  private PlanFixtures() {}

  static FunctionSpec function(String name) {
    return function(name, null);
  }

  static FunctionSpec function(String name, Integer maxRate) {
    return new FunctionSpec(name, "GET", "", Map.of(), maxRate);
  }

  static List<FunctionSpec> functions(String... names) {
    return Arrays.stream(names).map(PlanFixtures::function).toList();
  }

  /** The DFaaS functions at the default linear rates 0..200 step 10. */
  static Plan dfaasPlan(int maxFunctions) {
    return Plan.of(
        DFAAS_FUNCTIONS.stream().map(PlanFixtures::function).toList(),
        LinearRates.DEFAULT.rates(),
        new Combinations(1, maxFunctions));
  }
}
