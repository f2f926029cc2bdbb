package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.List;
import org.dfaas.sampler.runtime.TargetCheckResult;

/** {@code check} of a config with targets: each target's report under its name, then a verdict. */
public final class TargetChecksText implements ResultFormat<List<TargetCheckResult>> {

  private final String program;
  private final String configWord;

  /**
   * @param program the tool's command as the user typed it
   * @param configWord the config file as one shell word, for the commands the report suggests
   */
  public TargetChecksText(String program, String configWord) {
    this.program = program;
    this.configWord = configWord;
  }

  @Override
  public void write(List<TargetCheckResult> checks, PrintWriter out) {
    for (TargetCheckResult check : checks) {
      out.println(
          "== target "
              + check.target().name()
              + (check.target().nodeType() == null ? "" : " (" + check.target().nodeType() + ")")
              + ": "
              + (check.ok() ? "OK" : "FAIL"));
      if (check.report() != null) {
        new CheckText(
                program
                    + " deploy -c "
                    + configWord
                    + " --target "
                    + CommandWord.of(check.target().name()))
            .write(check.report(), out);
      } else {
        out.println("cannot check: " + check.failure().getMessage().replace('\n', ' '));
        if (check.failure().hint() != null) {
          out.println("hint: " + check.failure().hint());
        }
      }
    }
    List<String> failed = checks.stream().filter(c -> !c.ok()).map(c -> c.target().name()).toList();
    out.println(
        failed.isEmpty()
            ? "every target OK (" + checks.size() + ")"
            : "failed: "
                + String.join(", ", failed)
                + " ("
                + failed.size()
                + " of "
                + checks.size()
                + " targets)");
  }
}
