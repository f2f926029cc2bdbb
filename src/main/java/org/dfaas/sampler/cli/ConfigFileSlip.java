package org.dfaas.sampler.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dfaas.sampler.cli.render.CommandWord;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Turns the commonest slip of the command line, a config file given without {@code -c} ({@code plan
 * examples/quickstart.yaml}, or {@code run --config FILE}, where {@code --config} is the pairs
 * option of {@code once} and {@code script}), into one line naming the command meant, instead of
 * the whole usage. Every other mistake goes to picocli's own handler.
 */
final class ConfigFileSlip implements IParameterExceptionHandler {

  private static final String PROGRAM = "dfaas-sampler";

  private final IParameterExceptionHandler fallback;
  private final List<String> args;
  private final PrintWriter err;

  ConfigFileSlip(IParameterExceptionHandler fallback, List<String> args, PrintWriter err) {
    this.fallback = fallback;
    this.args = List.copyOf(args);
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException exception, String[] ignored) throws Exception {
    CommandLine command = exception.getCommandLine();
    boolean takesConfigFile = command.getCommandSpec().findOption("-c") != null;
    Optional<List<String>> meant = takesConfigFile ? meant(args) : Optional.empty();
    if (meant.isEmpty()) {
      return fallback.handleParseException(exception, args.toArray(String[]::new));
    }
    err.println(
        "error: the config file goes after -c; did you mean `"
            + PROGRAM
            + " "
            + String.join(" ", meant.get().stream().map(CommandWord::of).toList())
            + "`?");
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The arguments with {@code -c} put before the config file, when it lacks one. */
  static Optional<List<String>> meant(List<String> args) {
    if (args.contains("-c") || args.stream().anyMatch(a -> a.startsWith("--config-file"))) {
      return Optional.empty();
    }
    List<String> fixed = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--config") && i + 1 < args.size() && looksLikeConfigFile(args.get(i + 1))) {
        continue; // the file that follows gets its -c below
      }
      if (arg.startsWith("--config=") && looksLikeConfigFile(arg.substring("--config=".length()))) {
        fixed.add("-c");
        fixed.add(arg.substring("--config=".length()));
        changed = true;
      } else if (looksLikeConfigFile(arg) && !changed) {
        fixed.add("-c");
        fixed.add(arg);
        changed = true;
      } else {
        fixed.add(arg);
      }
    }
    return changed ? Optional.of(fixed) : Optional.empty();
  }

  static boolean looksLikeConfigFile(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return !arg.startsWith("-")
        && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"));
  }
}
