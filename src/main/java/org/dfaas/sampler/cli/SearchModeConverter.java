package org.dfaas.sampler.cli;

import org.dfaas.sampler.config.SearchSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --search MODE}: a search mode as the config spells it. */
final class SearchModeConverter implements ITypeConverter<SearchSettings.Mode> {

  @Override
  public SearchSettings.Mode convert(String text) {
    for (SearchSettings.Mode mode : SearchSettings.Mode.values()) {
      if (mode.key().equals(text)) {
        return mode;
      }
    }
    throw new TypeConversionException("--search must be grid or frontier, got \"" + text + "\"");
  }
}
