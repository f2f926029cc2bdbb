package org.dfaas.sampler.cli.render;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.dfaas.sampler.runtime.CampaignResult;
import org.dfaas.sampler.runtime.FleetResult;
import org.dfaas.sampler.runtime.RunResult;

/**
 * The closing summary of {@code run}: a campaign's, or each target's of a fleet; paths under {@code
 * workDir} are shown relative to it.
 *
 * @param program the tool's command as the user typed it, for the commands to type next
 * @param resumeCommand the {@code run} command that resumes what stopped before its end
 */
public record RunText(Path workDir, String program, String resumeCommand)
    implements ResultFormat<RunResult> {

  @Override
  public void write(RunResult result, PrintWriter out) {
    if (result instanceof FleetResult fleet) {
      new FleetText(workDir, program, resumeCommand).write(fleet, out);
    } else {
      new CampaignText(workDir, program, resumeCommand).write((CampaignResult) result, out);
    }
  }
}
