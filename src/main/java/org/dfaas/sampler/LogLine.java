package org.dfaas.sampler;

import org.slf4j.event.Level;

/**
 * One line the tool logged, as {@link LogLines} hands it to its listeners: a value free of the
 * logging backend, so that what writes a campaign's log or pushes it elsewhere needs none.
 *
 * @param epochMillis when it was logged
 * @param level its level
 * @param target the {@code "[name] "} of the pool's or fleet's target it was logged for ({@link
 *     LogTarget}), empty for none
 * @param logger the name of the logger
 * @param message the message with its arguments in place, as logged (credentials not masked)
 * @param thrown the stack trace of the failure logged with it, one line each, every line ended;
 *     empty for none
 */
public record LogLine(
    long epochMillis, Level level, String target, String logger, String message, String thrown) {

  /** Whether its level is {@code level} or a more severe one. */
  public boolean atLeast(Level level) {
    return this.level.toInt() >= level.toInt();
  }
}
