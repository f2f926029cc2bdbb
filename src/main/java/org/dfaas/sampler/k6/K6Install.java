package org.dfaas.sampler.k6;

/** What to tell a user whose k6 host has no k6, named once for every executor. */
final class K6Install {

  static final String HINT =
      "install k6 on the k6 host ('dfaas-sampler setup --k6-host -c FILE' does it; by hand:"
          + " Grafana's k6 apt repository and 'apt-get install k6', or the k6 release binary on"
          + " the PATH), or point k6_binary at it";

  /** The exit status of a POSIX shell for a command it cannot find. */
  static final int COMMAND_NOT_FOUND = 127;

  private K6Install() {}
}
