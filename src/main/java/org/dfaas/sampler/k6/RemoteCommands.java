package org.dfaas.sampler.k6;

import java.util.List;

/**
 * The POSIX {@code sh} scripts the SSH executor runs on the k6 host, each run as {@link
 * RemoteScript}: the login shell only ever sees the fixed {@code sh -s}, the script travels on
 * stdin. Inside a script every path and argument is single-quoted ({@link ShellQuote}), so
 * workspace roots and tags with spaces, quotes, backslashes or line breaks are data.
 */
final class RemoteCommands {

  private RemoteCommands() {}

  /** Prints k6's version; exit 127 when k6 is not there. */
  static RemoteScript version(String binary) {
    return new RemoteScript(ShellQuote.quote(binary) + " version");
  }

  /**
   * Runs {@code k6Command} in the workspace: k6's PID goes to k6.pid with the run's token (the
   * shell execs k6, so the PID is k6's own), its stdout and stderr reach the channel's two streams
   * and are both appended to k6.log, and the command's exit status is k6's, which the pipeline
   * would otherwise lose.
   *
   * <p>A stop may come before the PID is written (the channel just opened): the wrapper writes the
   * PID first, then looks for the stop mark of its token ({@link #kill} writes the mark first, then
   * reads the PID), so whichever comes first, either the stop finds the PID or the wrapper finds
   * the mark and never starts k6 (exit 130).
   *
   * @param runToken tells this run's PID and stop mark from an earlier run's in the same workspace
   */
  static RemoteScript run(String workspace, List<String> k6Command, String runToken) {
    String k6 = ShellQuote.join(k6Command);
    return new RemoteScript(
        "cd "
            + ShellQuote.quote(workspace)
            + " || exit 125\n"
            + "rm -f "
            + ShellQuote.join(List.of(RemoteLayout.SUMMARY, RemoteLayout.PID, RemoteLayout.EXIT))
            + "\n"
            + ": > k6.log\n"
            + "{ { sh -c 'echo \"$$ $1\" > "
            + RemoteLayout.PID
            + "; [ \"$(cat "
            + RemoteLayout.STOP
            + " 2>/dev/null)\" = \"$1\" ] && exit 130; shift; exec \"$@\"' k6 "
            + ShellQuote.quote(runToken)
            + " "
            + k6
            + " 2>&1 1>&3 3>&-; echo $? > "
            + RemoteLayout.EXIT
            + "; } | tee -a k6.log 1>&2; } 3>&1 | tee -a k6.log\n"
            + "exit \"$(cat "
            + RemoteLayout.EXIT
            + " 2>/dev/null || echo 126)\"");
  }

  /**
   * Stops the k6 of the run with {@code runToken}, started or about to start: marks the workspace
   * so a wrapper that has not written its PID yet never starts k6, then SIGTERM, up to 5 s for k6
   * to end (it writes its summary on the way out), then SIGKILL. A PID of another run is left
   * alone.
   */
  static RemoteScript kill(String workspace, String runToken) {
    String token = ShellQuote.quote(runToken);
    return new RemoteScript(
        "cd "
            + ShellQuote.quote(workspace)
            + " 2>/dev/null || exit 0\n"
            + "echo "
            + token
            + " > "
            + RemoteLayout.STOP
            + "\n"
            + "p=; t=; read p t 2>/dev/null < "
            + RemoteLayout.PID
            + "\n"
            + "[ -n \"$p\" ] && [ \"$t\" = "
            + token
            + " ] || exit 0\n"
            + "kill -TERM \"$p\" 2>/dev/null || exit 0\n"
            + "i=0; while kill -0 \"$p\" 2>/dev/null && [ $i -lt 25 ]; do sleep 0.2; i=$((i+1)); done\n"
            + "kill -KILL \"$p\" 2>/dev/null; exit 0");
  }
}
