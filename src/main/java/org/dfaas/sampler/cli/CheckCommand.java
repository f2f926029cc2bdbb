package org.dfaas.sampler.cli;

import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.check.CheckReport;
import org.dfaas.sampler.cli.render.CheckJson;
import org.dfaas.sampler.cli.render.CheckText;
import org.dfaas.sampler.cli.render.CommandWord;
import org.dfaas.sampler.cli.render.TargetChecksJson;
import org.dfaas.sampler.cli.render.TargetChecksText;
import org.dfaas.sampler.config.SamplerConfig;
import org.dfaas.sampler.runtime.SamplerRuntime;
import org.dfaas.sampler.runtime.TargetCheckResult;
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
          + " every function deployed, else the deploy command that deploys the missing ones) and Prometheus (every active query returns data now).",
      "One line per part, OK, FAIL or SKIP with the reason; exit 0 only when no part fails.",
      "With targets:, every target is checked and the failed ones are named."
    })
final class CheckCommand extends EnvironmentCommand {

  @Mixin ConfigOptions config;

  @Option(names = "--json", description = "Print only the report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    SamplerConfig loaded = config.load(environment).config();
    if (!loaded.targets().isEmpty()) {
      return checkTargets(loaded);
    }
    CheckReport report;
    try (SamplerRuntime runtime = SamplerRuntime.open(loaded, environment)) {
      report = runtime.check();
    }
    report.warnings().forEach(environment::warn);
    (json ? new CheckJson() : new CheckText(program() + " deploy -c " + configWord()))
        .write(report, environment.out());
    environment.out().flush();
    return report.ok() ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
  }

  /** The config file as the user can paste it from here. */
  private String program() {
    return CommandWord.program(environment.env());
  }

  private String configWord() {
    return CommandWord.path(environment.resolve(config.file), environment.workDir());
  }

  private int checkTargets(SamplerConfig loaded) {
    List<TargetCheckResult> checks;
    try (SamplerRuntime runtime = SamplerRuntime.open(loaded, environment)) {
      checks = runtime.checkTargets();
    }
    checks.stream()
        .filter(check -> check.report() != null)
        .forEach(
            check ->
                check
                    .report()
                    .warnings()
                    .forEach(w -> environment.warn(check.target().name() + ": " + w)));
    (json ? new TargetChecksJson() : new TargetChecksText(program(), configWord()))
        .write(checks, environment.out());
    environment.out().flush();
    return checks.stream().allMatch(TargetCheckResult::ok) ? ExitCode.OK : ExitCode.RUNTIME_FAILURE;
  }
}
