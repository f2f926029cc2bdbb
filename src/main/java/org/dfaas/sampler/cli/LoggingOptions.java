package org.dfaas.sampler.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** {@code -v} and {@code -q}, accepted on every command; they set the log level at once. */
final class LoggingOptions {

  static final String VERBOSE = "--verbose";

  /** The loggers of the tool (its classes, the campaign's log lines), INFO by default. */
  static final List<String> TOOL_LOGGERS = List.of("org.dfaas.sampler", "dfaas");

  @Option(
      names = {"-v", VERBOSE},
      scope = ScopeType.INHERIT,
      description = "Show debug lines, and stack traces of errors.")
  void verbose(boolean on) {
    if (on) {
      setLevel(Level.DEBUG);
    }
  }

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Show only warnings and errors.")
  void quiet(boolean on) {
    if (on) {
      setLevel(Level.WARN);
    }
  }

  static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption(VERBOSE)) {
        return true;
      }
    }
    return false;
  }

  /** Sets the level of our lines and of the libraries' alike (by default libraries only warn). */
  static void setLevel(Level level) {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(level);
    TOOL_LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
  }

  /**
   * The levels now, of the root logger and the tool's; running the result puts them back, so -v and
   * -q hold for one run of the command line.
   */
  static Runnable saveLevels() {
    List<Logger> loggers = new java.util.ArrayList<>();
    loggers.add((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
    TOOL_LOGGERS.forEach(name -> loggers.add((Logger) LoggerFactory.getLogger(name)));
    List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
    return () -> {
      for (int i = 0; i < loggers.size(); i++) {
        loggers.get(i).setLevel(levels.get(i));
      }
    };
  }
}
