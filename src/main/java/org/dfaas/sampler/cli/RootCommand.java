package org.dfaas.sampler.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dfaas-sampler}: only dispatches to its subcommands. */
@Command(
    name = "dfaas-sampler",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Load-sampling campaigns against serverless functions (DFaaS node datasets).",
    subcommands = {
      ValidateCommand.class,
      PlanCommand.class,
      ScriptCommand.class,
      OnceCommand.class,
      RunCommand.class,
      CheckCommand.class,
      SetupCommand.class,
      DeployCommand.class,
      TeardownCommand.class,
      ReportCommand.class,
      DashboardCommand.class,
      ExportCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:a failure at run time",
      "2:a bad config or bad arguments",
      "130:stopped by Ctrl-C (resumable)"
    })
final class RootCommand implements Runnable {

  @Mixin LoggingOptions logging;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command");
  }
}
