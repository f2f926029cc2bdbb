package org.dfaas.sampler.setup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.k6.PrivateFiles;

/**
 * The playbooks, templates and callback plugin that ship in the jar, extracted into a private
 * temporary folder for one run and deleted with it. Nothing the user wrote is ever written into
 * them: their values arrive as extra vars.
 */
final class SetupPlaybooks implements AutoCloseable {

  static final String K6_SETUP = "setup_k6.yml";
  static final String K6_TEARDOWN = "teardown_k6.yml";
  static final String NODE_SETUP = "setup_node.yml";
  static final String NODE_FUNCTIONS = "node_functions.yml";
  static final String CALLBACKS = "callback_plugins";

  /** Every shipped file, by its path below this package's resource folder. */
  static final List<String> FILES =
      List.of(
          K6_SETUP,
          K6_TEARDOWN,
          NODE_SETUP,
          NODE_FUNCTIONS,
          CALLBACKS + "/dfaas_steps.py",
          "templates/monitoring.yaml.j2",
          "templates/scaphandre.yaml.j2");

  private final Path folder;

  private SetupPlaybooks(Path folder) {
    this.folder = folder;
  }

  /** Extracts every shipped file into a new private folder. */
  static SetupPlaybooks extract() throws IOException {
    Path folder = PrivateFiles.folder("dfaas-setup-");
    try {
      for (String name : FILES) {
        Path target = folder.resolve(name);
        Files.createDirectories(target.getParent());
        PrivateFiles.write(target.getParent(), target.getFileName().toString(), resource(name));
      }
      return new SetupPlaybooks(folder);
    } catch (IOException | RuntimeException e) {
      PrivateFiles.delete(folder);
      throw e;
    }
  }

  /** A shipped file's text. */
  static String resource(String name) throws IOException {
    try (InputStream in = SetupPlaybooks.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  Path folder() {
    return folder;
  }

  Path playbook(String name) {
    return folder.resolve(name);
  }

  @Override
  public void close() throws IOException {
    PrivateFiles.delete(folder);
  }
}
