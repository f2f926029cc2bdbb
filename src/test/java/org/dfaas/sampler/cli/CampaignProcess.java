package org.dfaas.sampler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code dfaas-sampler run} as a process of its own, from the jar the build just packaged. */
final class CampaignProcess {

  private CampaignProcess() {}

  static Process run(Path workDir, String config) throws IOException {
    Path jar = Path.of("target", "dfaas-sampler.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: integration tests run after `package`");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-jar", jar.toString(), "run", "-c", config)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("processes.log").toFile()))
        .start();
  }
}
