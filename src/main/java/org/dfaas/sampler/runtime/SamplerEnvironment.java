package org.dfaas.sampler.runtime;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.dfaas.sampler.NonNull;
import org.dfaas.sampler.Sleeper;

/**
 * What the tool may touch of the world outside it, injected so that tests and library users run it
 * in-process without {@code System.exit}, the real environment, the real clock or the real working
 * folder.
 *
 * @param out where a result goes
 * @param err where warnings, errors and hints go
 * @param env the environment variables (secrets, {@code LB_RUN_*}, {@code LB_EVENTS})
 * @param workDir what relative paths are relative to
 * @param clock the wall clock: run ids, run windows, elapsed times
 * @param sleeper every wait (cooldown steps, polls)
 * @param console the terminal a progress bar may draw on, or {@code null} when there is none
 */
public record SamplerEnvironment(
    PrintWriter out,
    PrintWriter err,
    Map<String, String> env,
    Path workDir,
    Clock clock,
    Sleeper sleeper,
    PrintStream console) {

  public SamplerEnvironment {
    NonNull.all("out err", out, err);
    env = Map.copyOf(env);
    NonNull.all("workDir clock sleeper", workDir, clock, sleeper);
  }

  /** An environment with the real clock and waits, and no terminal: what in-process runs use. */
  public SamplerEnvironment(
      PrintWriter out, PrintWriter err, Map<String, String> env, Path workDir) {
    this(out, err, env, workDir, Clock.systemUTC(), Sleeper.SYSTEM, null);
  }

  /** The real process: stdout, stderr, the environment, the current folder, the real clock. */
  public static SamplerEnvironment system() {
    return new SamplerEnvironment(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        System.getenv(),
        Path.of("").toAbsolutePath(),
        Clock.systemUTC(),
        Sleeper.SYSTEM,
        System.console() != null ? System.err : null);
  }

  /** {@code path} resolved against the working folder. */
  public Path resolve(Path path) {
    return workDir.resolve(path);
  }

  /** The terminal, when the tool runs on one. */
  public Optional<PrintStream> terminal() {
    return Optional.ofNullable(console);
  }

  /** Prints {@code warning: …} on {@link #err}. */
  public void warn(String warning) {
    err.println("warning: " + warning);
  }
}
