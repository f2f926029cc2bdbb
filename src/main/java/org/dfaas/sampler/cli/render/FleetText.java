package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.runtime.FleetResult;
import org.dfaas.sampler.runtime.FleetTargetResult;

/** The closing summaries {@code run} prints for a fleet: one per target, then one line for all. */
public final class FleetText implements ResultFormat<FleetResult> {

  private final CampaignText campaign;
  private final String resumeCommand;

  /**
   * @param workDir the folder the command was started in (see {@link CampaignText})
   * @param program the tool's command as the user typed it
   * @param resumeCommand the command that resumes the fleet, shown once when a target stopped
   */
  public FleetText(Path workDir, String program, String resumeCommand) {
    this.campaign = new CampaignText(workDir, program, null);
    this.resumeCommand = resumeCommand;
  }

  @Override
  public void write(FleetResult result, PrintWriter out) {
    for (FleetTargetResult target : result.targets()) {
      out.println();
      out.println(
          "== target "
              + target.target().name()
              + (target.target().nodeType() == null ? "" : " (" + target.target().nodeType() + ")")
              + ": "
              + target.folder());
      if (target.result() != null) {
        campaign.write(target.result(), out);
      } else {
        out.println("  failed: " + target.failure().getMessage());
        if (target.failure() instanceof SamplerException known && known.hint() != null) {
          out.println("  hint: " + known.hint());
        }
      }
    }
    List<String> failed =
        result.targets().stream()
            .filter(target -> target.exitCode() != 0)
            .map(target -> target.target().name())
            .toList();
    out.println();
    out.println(
        "Fleet of "
            + result.targets().size()
            + " targets: "
            + (failed.isEmpty()
                ? "every campaign finished."
                : failed.size() + " did not finish (" + String.join(", ", failed) + ")."));
    // A target that could not start has its own error and hint; one that stopped is resumable.
    boolean stopped =
        result.targets().stream()
            .anyMatch(
                target ->
                    target.result() != null && target.result().outcome().stopReason() != null);
    if (stopped && resumeCommand != null) {
      out.println("resume: " + resumeCommand);
    }
  }
}
