package org.dfaas.sampler.cli;

import org.dfaas.sampler.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"dfaas-sampler " + ToolVersion.current()};
  }
}
