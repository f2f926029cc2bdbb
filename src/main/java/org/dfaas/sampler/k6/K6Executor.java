package org.dfaas.sampler.k6;

/**
 * The seam for how k6 gets run: over SSH on the k6 host, as a local process, or through the old
 * tool's Ansible playbook. {@link K6Runner} decides what runs; an executor only carries it out, so
 * the campaign loop can be tested with a fake and each way of running k6 against the real thing.
 *
 * <p>Implementations must be safe to call from several threads at once, each call with its own
 * request; a campaign calls one at a time, but nothing should break if two run together.
 *
 * <p>An executor may hold a connection (the SSH one does): {@link #close} releases it; closing
 * while a run is in progress waits for that run to end.
 */
public interface K6Executor extends AutoCloseable {

  /**
   * Runs {@code request}'s script with k6 in the request's workspace, streams k6's log while it
   * runs when the settings ask for it, and returns the summary k6 exported. Blocks until k6 has
   * finished, and no longer than an implementation's timeout beyond the request's duration.
   *
   * @return the run, with the request's script and config id
   * @throws K6ExecutionException when k6 cannot be started, fails, times out, or leaves no summary
   *     behind; it carries the config id, the host, k6's exit code and the tail of its output
   */
  K6RunResult run(K6RunRequest request);

  /**
   * Reaches k6 the way runs do and asks it for its version ({@code k6 version}), so that {@code
   * check} tests the whole path to k6 before a campaign depends on it.
   *
   * @return k6's answer, one line, e.g. {@code k6 v0.54.0 (go1.23.1, linux/amd64)}
   * @throws K6ExecutionException when the host cannot be reached or k6 cannot be run
   */
  String version();

  /** Releases what the executor holds (connections, threads); nothing by default. */
  @Override
  default void close() {}
}
