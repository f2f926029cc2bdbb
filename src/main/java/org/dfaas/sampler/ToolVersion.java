package org.dfaas.sampler;

/** The version of dfaas-sampler that is running, as the build wrote it into the jar's manifest. */
public final class ToolVersion {

  private ToolVersion() {}

  /** The version, or {@code (development build)} when not run from the built jar. */
  public static String current() {
    String version = ToolVersion.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
