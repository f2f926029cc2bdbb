package org.dfaas.sampler.k6;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A POSIX {@code sh} script to run on a remote host whatever the SSH user's login shell (bash,
 * dash, fish, csh): sshd hands the login shell the fixed {@link #COMMAND}, which every shell reads
 * the same way, and the script goes to {@code sh} on stdin, as data no login shell parses. The
 * script is wrapped in one brace group, so {@code sh} reads all of it before running any of it: a
 * command in it that reads stdin (k6, a {@code read}) finds end of file, never the script's rest.
 *
 * <p>Any code that runs a command over SSH, the executors and {@code setup} alike, sends {@link
 * #COMMAND} and {@link #stdin()} instead of a command line. Immutable.
 *
 * @param script the script, POSIX {@code sh}, its words quoted with {@link ShellQuote}
 */
public record RemoteScript(String script) {

  /** What the login shell runs: no quote, backslash or variable for any shell to read. */
  public static final String COMMAND = "sh -s";

  public RemoteScript {
    Objects.requireNonNull(script, "script");
  }

  /** The bytes to write on the channel's stdin, which is then closed. */
  public byte[] stdin() {
    return ("{\n" + script + "\n}\n").getBytes(StandardCharsets.UTF_8);
  }
}
