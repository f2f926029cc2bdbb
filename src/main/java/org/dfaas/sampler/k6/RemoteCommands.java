package org.dfaas.sampler.k6;

import java.util.List;

/**
 * The shell commands the SSH executor runs on the k6 host. sshd hands a command to the user's login
 * shell, which may be fish or csh; the scripts are POSIX {@code sh}, so each is handed to {@code
 * sh} as one single-quoted line. Every path and argument is single-quoted ({@link ShellQuote}), so
 * workspace roots with spaces or quotes are safe.
 */
final class RemoteCommands {

  private RemoteCommands() {}

  /** Prints k6's version; exit 127 when k6 is not there. */
  static String version(String binary) {
    return ShellQuote.quote(binary) + " version";
  }

  /**
   * Runs {@code k6Command} in the workspace: k6's PID goes to k6.pid (the shell execs k6, so the
   * PID is k6's own), its stdout and stderr reach the channel's two streams and are both appended
   * to k6.log, and the command's exit status is k6's, which the pipeline would otherwise lose.
   */
  static String run(String workspace, List<String> k6Command) {
    String k6 = ShellQuote.join(k6Command);
    return underSh(
        "cd "
            + ShellQuote.quote(workspace)
            + " || exit 125\n"
            + "rm -f "
            + ShellQuote.join(List.of(RemoteLayout.SUMMARY, RemoteLayout.PID, RemoteLayout.EXIT))
            + "\n"
            + ": > k6.log\n"
            + "{ { sh -c 'echo $$ > "
            + RemoteLayout.PID
            + "; exec \"$@\"' k6 "
            + k6
            + " 2>&1 1>&3 3>&-; echo $? > "
            + RemoteLayout.EXIT
            + "; } | tee -a k6.log 1>&2; } 3>&1 | tee -a k6.log\n"
            + "exit \"$(cat "
            + RemoteLayout.EXIT
            + " 2>/dev/null || echo 126)\"");
  }

  /**
   * Stops the k6 of a workspace: SIGTERM, up to 5 s for it to end (k6 writes its summary on the way
   * out), then SIGKILL.
   */
  static String kill(String workspace) {
    String pidFile = ShellQuote.quote(workspace + "/" + RemoteLayout.PID);
    return underSh(
        "p=$(cat "
            + pidFile
            + " 2>/dev/null) || exit 0\n"
            + "kill -TERM \"$p\" 2>/dev/null || exit 0\n"
            + "i=0; while kill -0 \"$p\" 2>/dev/null && [ $i -lt 25 ]; do sleep 0.2; i=$((i+1)); done\n"
            + "kill -KILL \"$p\" 2>/dev/null; exit 0");
  }

  /**
   * {@code script} run by {@code sh} whatever the login shell: one line (csh refuses a line break
   * inside quotes), single-quoted for the login shell.
   */
  static String underSh(String script) {
    return "exec sh -c " + ShellQuote.quote(script.replace("\n", "; "));
  }
}
