package org.dfaas.sampler.cli;

import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.Secrets;
import org.dfaas.sampler.cli.render.CommandWord;
import org.dfaas.sampler.runtime.SamplerEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The command line as a library: builds the picocli tree over one {@link SamplerEnvironment} and
 * maps every outcome to an exit code. The only place where errors are turned into text for a human.
 */
public final class Cli {

  private final SamplerEnvironment environment;

  public Cli(SamplerEnvironment environment) {
    this.environment = environment;
  }

  /** Runs one command line and returns its exit code. */
  public int run(String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand(), new CommandFactory(environment));
    commandLine.setOut(environment.out());
    commandLine.setErr(environment.err());
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    Runnable restoreLevels = LoggingOptions.saveLevels();
    commandLine.setParameterExceptionHandler(
        new ConfigFileSlip(
            commandLine.getParameterExceptionHandler(), List.of(args), environment.err()));
    try {
      return commandLine.execute(args);
    } finally {
      // -v and -q hold for this run only: the next one, in the same process, starts afresh.
      restoreLevels.run();
      environment.out().flush();
      environment.err().flush();
    }
  }

  /** Prints a failure for a human: message and hint, the stack trace only with --verbose. */
  private final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(
        Exception exception, CommandLine commandLine, ParseResult parseResult) {
      boolean verbose = LoggingOptions.isVerbose(parseResult);
      if (exception instanceof SamplerException failure) {
        environment.err().println("error: " + Secrets.maskUrlCredentials(failure.getMessage()));
        if (failure.hint() != null) {
          String hint = CommandWord.asTyped(failure.hint(), CommandWord.program(environment.env()));
          environment.err().println("hint: " + Secrets.maskUrlCredentials(hint));
        }
        if (verbose) {
          failure.printStackTrace(environment.err());
        }
        return failure.exitCode();
      }
      environment
          .err()
          .println(
              "error: unexpected failure: " + Secrets.maskUrlCredentials(exception.toString()));
      if (verbose) {
        exception.printStackTrace(environment.err());
      } else {
        environment.err().println("hint: run again with --verbose for the stack trace");
      }
      return ExitCode.RUNTIME_FAILURE;
    }
  }
}
