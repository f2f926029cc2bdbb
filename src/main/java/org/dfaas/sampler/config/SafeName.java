package org.dfaas.sampler.config;

import java.util.regex.Pattern;

/**
 * A name that can sit in a JavaScript string, a URL, PromQL and a folder of the k6 host without
 * escaping: function names (OpenFaaS names are DNS labels, optionally {@code name.namespace}), run
 * ids and target names. Never starts with {@code .} or {@code -}, so never {@code ..} or an option.
 */
public final class SafeName {

  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private SafeName() {}

  /** Whether {@code name} is safe. */
  public static boolean isSafe(String name) {
    return PATTERN.matcher(name).matches();
  }
}
