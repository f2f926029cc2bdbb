package org.dfaas.sampler.k6;

/** The file names inside a run's workspace (compat §10), named once for every executor. */
final class RemoteLayout {

  static final String SCRIPT = "script.js";
  static final String SUMMARY = "summary.json";
  static final String LOG = "k6.log";

  /**
   * Where the SSH executor's wrapper records k6's PID and the run's token, so a second channel can
   * stop it.
   */
  static final String PID = "k6.pid";

  /** The stop mark: the token of a run asked to stop, maybe before k6 started. */
  static final String STOP = "k6.stop";

  /** Where the SSH executor's wrapper records k6's exit status, which a pipeline would lose. */
  static final String EXIT = "k6.exit";

  private RemoteLayout() {}
}
