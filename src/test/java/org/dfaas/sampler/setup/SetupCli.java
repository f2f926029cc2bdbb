package org.dfaas.sampler.setup;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.dfaas.sampler.cli.Cli;
import org.dfaas.sampler.runtime.SamplerEnvironment;

/** The command line in-process, in a test's folder, with this process's PATH or another. */
final class SetupCli {

  /** What one command did. */
  record Outcome(int exit, String out, String err) {}

  private SetupCli() {}

  static Outcome run(Path dir, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        new Cli(new SamplerEnvironment(new PrintWriter(out), new PrintWriter(err), env, dir))
            .run(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  static Outcome run(Path dir, String... args) {
    return run(dir, Map.of("PATH", System.getenv("PATH")), args);
  }
}
