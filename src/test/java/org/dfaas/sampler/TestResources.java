package org.dfaas.sampler;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The tests' resources as files, for configs that name them by path. */
public final class TestResources {

  private TestResources() {}

  /** The file of a resource on the test classpath, e.g. {@code /fixtures/constant-queries.yml}. */
  public static Path path(String name) {
    URL url = TestResources.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resource " + name + " has no file: " + url, e);
    }
  }
}
