package org.dfaas.sampler.config;

import java.util.Locale;

/**
 * A value of a config key spelled as its constant's name in lower case: {@code OPENFAAS} is {@code
 * openfaas}. The enums of the settings implement it.
 */
public interface ConfigKeyword {

  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  /** The spelling in a config file (and, where it has the option, on the command line). */
  default String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
