package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the world outside it, injected so that tests run commands in-process
 * without {@code System.exit}, the real environment or the real working folder.
 *
 * @param out where a command's result goes
 * @param err where warnings, errors and hints go
 * @param env the environment variables
 * @param workDir what relative paths are relative to
 */
public record CliEnvironment(
    PrintWriter out, PrintWriter err, Map<String, String> env, Path workDir) {

  /** The real process: stdout, stderr, the environment and the current folder. */
  public static CliEnvironment system() {
    return new CliEnvironment(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        System.getenv(),
        Path.of("").toAbsolutePath());
  }

  /** {@code path} resolved against the working folder. */
  public Path resolve(Path path) {
    return workDir.resolve(path);
  }
}
