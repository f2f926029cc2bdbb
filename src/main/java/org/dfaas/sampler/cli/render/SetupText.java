package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dfaas.sampler.runtime.NodeSetupResult;
import org.dfaas.sampler.setup.NodeSetupReport;
import org.dfaas.sampler.setup.SetupReport;
import org.dfaas.sampler.setup.StepEvent;

/**
 * {@code setup} and {@code teardown}: one line per step as it ends (status, host, step, duration),
 * then one line per host saying what changed, or that nothing did.
 */
public final class SetupText {

  private final PrintWriter out;

  public SetupText(PrintWriter out) {
    this.out = out;
  }

  /** The progress line of one step; called from the thread reading Ansible's output. */
  public synchronized void step(StepEvent step) {
    out.printf(
        Locale.ROOT,
        "%-11s %s: %s (%.1f s)%n",
        status(step.status()),
        step.host(),
        step.step(),
        step.seconds());
    out.flush();
  }

  /** The closing line of one host. */
  public synchronized void report(SetupReport report) {
    List<String> changed = report.changed();
    if (changed.isEmpty()) {
      out.println(
          report.host()
              + ": nothing "
              + (report.check() ? "would change" : "changed")
              + " ("
              + report.steps().size()
              + " steps checked)");
    } else {
      out.println(
          report.host()
              + ": "
              + changed.size()
              + (changed.size() == 1 ? " step " : " steps ")
              + (report.check() ? "would change: " : "changed: ")
              + String.join("; ", changed));
    }
    out.flush();
  }

  /** The node's closing lines: its steps, the password file's config line, the functions. */
  public synchronized void node(NodeSetupResult result) {
    report(result.node().report());
    NodeSetupReport node = result.node();
    if (node.passwordFile() != null) {
      out.println(
          "gateway password "
              + (node.passwordChanged() ? "written to " : "unchanged in ")
              + node.passwordFile()
              + " (0600); the config line that uses it:");
      out.println("openfaas_password_file: " + node.passwordFile());
    }
    if (result.deployed() != null) {
      new DeployText().write(result.deployed(), out);
    }
    if (result.pods() != null) {
      report(result.pods());
    }
    out.flush();
  }

  private static String status(StepEvent.Status status) {
    return switch (status) {
      case OK -> "ok";
      case CHANGED -> "changed";
      case SKIPPED -> "skipped";
      case IGNORED -> "failed-ok";
      case FAILED -> "FAILED";
      case UNREACHABLE -> "UNREACHABLE";
    };
  }
}
