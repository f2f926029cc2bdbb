package org.dfaas.sampler.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.check.FunctionCheck;
import org.dfaas.sampler.check.PartResult;
import org.dfaas.sampler.check.QueryCheck;
import org.dfaas.sampler.check.SetupChecker;
import org.dfaas.sampler.config.EmbeddedSettings;
import org.dfaas.sampler.config.PrometheusSettings;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.metrics.PrometheusClient;
import org.dfaas.sampler.metrics.QueryCatalog;
import org.dfaas.sampler.sandbox.EmbeddedParts;
import org.dfaas.sampler.sandbox.SandboxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: tell, part by part, what is wrong with a campaign's setup. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the parts a campaign needs: k6 (reached through the configured k6_executor, it"
          + " answers 'k6 version'), the OpenFaaS gateway (reachable, credentials accepted,"
          + " every function deployed) and Prometheus (every active query returns data now).",
      "One line per part, OK, FAIL or SKIP with the reason; exit 0 only when no part fails."
    })
final class CheckCommand implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final CliEnvironment environment;

  @Mixin ConfigOptions config;

  @Option(names = "--json", description = "Print only the report as JSON.")
  boolean json;

  CheckCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    SamplerConfig configured = config.load(environment).config();
    // A sandbox or local source asked for is started for the check, as a campaign would.
    try (EmbeddedParts embedded =
        EmbeddedParts.start(configured, environment.env(), SandboxOptions.DEFAULTS)) {
      return check(embedded);
    }
  }

  private int check(EmbeddedParts embedded) throws JsonProcessingException {
    SamplerConfig loaded = embedded.config();
    QueryCatalog catalog =
        QueryCatalog.load(
            loaded.queriesPath() == null ? null : environment.resolve(loaded.queriesPath()),
            loaded.scaphandreEnabled());
    catalog.warnings().forEach(w -> environment.err().println("warning: " + w));
    PrometheusSettings settings = loaded.prometheus();
    // A diagnosis asks once: an empty result now is worth reporting, not waiting out.
    PrometheusSettings once =
        new PrometheusSettings(
            0,
            settings.pollSeconds(),
            settings.timeoutSeconds(),
            settings.user(),
            settings.passwordFile(),
            settings.bearerTokenFile());
    boolean prometheus =
        loaded.embedded().metricsSource() == EmbeddedSettings.MetricsSourceKind.PROMETHEUS;
    CheckReport report =
        new SetupChecker(
                loaded,
                catalog,
                () ->
                    prometheus
                        ? PrometheusClient.create(loaded.prometheusUrl(), once)
                        : embedded.metrics(),
                () -> embedded.gateway().functions(),
                embedded.executor()::version)
            .check();
    report.warnings().forEach(w -> environment.err().println("warning: " + w));
    if (json) {
      environment.out().println(JSON.writeValueAsString(toJson(report)));
    } else {
      printText(report);
    }
    environment.out().flush();
    return report.ok() ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
  }

  private void printText(CheckReport report) {
    line("k6", "load", "", report.k6());
    line("gateway", "platform", "sandbox platform; ", report.gateway());
    report
        .functions()
        .forEach((name, f) -> environment.out().println("  " + name + ": " + deployment(f)));
    line("prometheus", "metrics", "this machine's /proc, no Prometheus; ", report.prometheus());
    report
        .queries()
        .forEach(
            (name, q) ->
                environment
                    .out()
                    .println(
                        "  "
                            + name
                            + ": "
                            + (q.ok()
                                ? HumanUnits.queryValue(name, q.value())
                                : "FAIL " + firstLine(q))));
  }

  private static String deployment(FunctionCheck function) {
    if (!function.listed()) {
      return "unknown (the gateway's function list could not be read)";
    }
    if (!function.deployed()) {
      return "not deployed";
    }
    return function.replicas() + (function.replicas() == 1 ? " replica" : " replicas");
  }

  private static String firstLine(QueryCheck query) {
    return query.detail().lines().findFirst().orElse("");
  }

  /** One part's line, named and described as the stand-in it is when the part is embedded. */
  private void line(String part, String embeddedPart, String embeddedWhat, PartResult result) {
    String detail = result.detail().replace('\n', ' ');
    environment
        .out()
        .printf(
            "%-10s %-4s %s%n",
            result.embedded() ? embeddedPart : part,
            result.status(),
            result.embedded() ? "embedded: " + embeddedWhat + detail : detail);
  }

  private static ObjectNode toJson(CheckReport report) {
    ObjectNode root = JSON.createObjectNode();
    part(root.putObject("k6"), report.k6());
    ObjectNode gateway = root.putObject("gateway");
    part(gateway, report.gateway());
    ObjectNode functions = gateway.putObject("functions");
    for (Map.Entry<String, FunctionCheck> e : report.functions().entrySet()) {
      ObjectNode f = functions.putObject(e.getKey());
      if (e.getValue().listed()) {
        f.put("deployed", e.getValue().deployed());
      } else {
        f.putNull("deployed");
      }
      f.put("replicas", e.getValue().replicas());
    }
    ObjectNode prometheus = root.putObject("prometheus");
    part(prometheus, report.prometheus());
    ObjectNode queries = prometheus.putObject("queries");
    for (Map.Entry<String, QueryCheck> e : report.queries().entrySet()) {
      ObjectNode q = queries.putObject(e.getKey());
      q.put("ok", e.getValue().ok());
      double value = e.getValue().value();
      // JSON has no NaN or infinity.
      if (Double.isFinite(value)) {
        q.put("value", value);
      } else {
        q.putNull("value");
      }
      if (!e.getValue().ok()) {
        q.put("error", e.getValue().detail());
      }
    }
    return root;
  }

  private static void part(ObjectNode node, PartResult result) {
    node.put("ok", result.ok());
    node.put("status", result.status().name());
    node.put("detail", result.detail());
    node.put("embedded", result.embedded());
  }
}
