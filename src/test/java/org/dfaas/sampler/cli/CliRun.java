package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.dfaas.sampler.runtime.SamplerEnvironment;

/** One in-process run of the command line: exit code and everything it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(Path workDir, String... args) {
    return withEnv(workDir, Map.of(), args);
  }

  static CliRun withEnv(Path workDir, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    SamplerEnvironment environment =
        new SamplerEnvironment(new PrintWriter(out), new PrintWriter(err), env, workDir);
    int exitCode = new Cli(environment).run(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
