package org.dfaas.sampler.cli;

import java.nio.file.Path;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report}: one HTML page of charts and statistics of an output folder. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write an HTML report (charts, statistics, overload maps) of a campaign's output folder:"
          + " finished, still running, or the old tool's.",
      "Prints the path of the page."
    })
final class ReportCommand extends EnvironmentCommand {

  @Parameters(
      paramLabel = "DIR",
      description =
          "The output folder (holding results.csv), a folder of the DFaaS sampler's"
              + " results-*.csv files, or one results file.")
  Path folder;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The HTML file to write (default: DIR/report.html); charts go beside it.")
  Path out;

  @Override
  public Integer call() {
    environment.out().println(SamplerRuntime.report(environment, folder, out).page());
    return ExitCode.OK;
  }
}
