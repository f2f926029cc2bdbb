package org.dfaas.sampler.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.export.ExportFormat;
import org.dfaas.sampler.export.ExportRequest;
import org.dfaas.sampler.export.ExportSummary;
import org.dfaas.sampler.runtime.SamplerRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export}: an output folder's dataset in another layout. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write an output folder's dataset in another layout, without changing the folder (it may be"
          + " in use by a running campaign: only its complete rows are exported).",
      "dfaas: the DFaaS project's sampler layout (index.csv, one results file per set of"
          + " functions, latency in nanoseconds); csv: one results.csv of every target; jsonl: one"
          + " JSON object per measured iteration. See docs/export.md."
    })
final class ExportCommand extends EnvironmentCommand {

  @Parameters(
      paramLabel = "DIR",
      description =
          "The output folder: a campaign's, a pool's, or a fleet's (one folder per target).")
  Path folder;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "dfaas, csv or jsonl.")
  ExportFormat format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR2|FILE",
      description =
          "Where to write: a new or empty folder (dfaas; a pool's or fleet's targets each get a"
              + " folder in it) or a new file (csv, jsonl).")
  Path out;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description = "Only the rows of this target of a pool or fleet.")
  String target;

  @Override
  public Integer call() {
    ExportSummary summary =
        SamplerRuntime.export(
            new ExportRequest(folder, format, out, Optional.ofNullable(target)),
            environment,
            rows -> environment.err().printf("export: %,d rows read%n", rows));
    ExportText.print(environment.out(), format, summary);
    return ExitCode.OK;
  }
}
