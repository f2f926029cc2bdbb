package org.dfaas.sampler.cli.render;

import java.nio.file.Path;
import java.util.Map;

/**
 * Words of a command the user is told to type next, written so that pasting them into a POSIX shell
 * gives the command meant: a path under the working folder relative to it, and a word the shell
 * would split or expand single-quoted.
 */
public final class CommandWord {

  /**
   * Set by the launcher {@code bin/dfaas-sampler} to the command as the user typed it ({@code
   * bin/dfaas-sampler}), so that a command to type next is one that works here.
   */
  public static final String PROGRAM_ENV = "DFAAS_SAMPLER_COMMAND";

  private static final String PROGRAM = "dfaas-sampler";

  private CommandWord() {}

  /** The tool's command as the user typed it, one word; {@code dfaas-sampler} when unknown. */
  public static String program(Map<String, String> env) {
    String typed = env.get(PROGRAM_ENV);
    return typed == null || typed.isBlank() || typed.contains("\n") ? PROGRAM : of(typed);
  }

  /**
   * {@code hint} with each command it quotes ({@code `dfaas-sampler check -c FILE`}) started as the
   * user started this one: the parts that write hints cannot know how the tool was typed.
   */
  public static String asTyped(String hint, String program) {
    return hint.replace("`" + PROGRAM + " ", "`" + program + " ");
  }

  /** {@code text} as one shell word: as it is when it holds only plain characters. */
  public static String of(String text) {
    return text.matches("[A-Za-z0-9_./=,:@%+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  /** {@code path} relative to {@code workDir} when it lies under it, else absolute; one word. */
  public static String path(Path path, Path workDir) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = workDir.toAbsolutePath().normalize();
    Path shown =
        absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
    return of(shown.toString());
  }
}
