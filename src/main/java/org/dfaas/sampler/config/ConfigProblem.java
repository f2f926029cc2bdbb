package org.dfaas.sampler.config;

/**
 * One thing wrong with a config, named by its key path.
 *
 * @param path where the problem is, e.g. {@code functions[1].method}
 * @param message what is wrong, naming the limit and the value
 */
public record ConfigProblem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
