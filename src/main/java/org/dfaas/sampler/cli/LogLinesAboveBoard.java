package org.dfaas.sampler.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import org.slf4j.LoggerFactory;

/**
 * The console's log lines while a {@link StatusBoard} is drawn: each line, as the console's own
 * pattern writes it, goes above the board instead of running into it (the board is cleared, the
 * line printed, the board drawn again below). The console appender writes to the terminal the board
 * draws on (stderr).
 */
final class LogLinesAboveBoard extends EncoderBase<ILoggingEvent> {

  private final Encoder<ILoggingEvent> console;
  private final StatusBoard board;

  private LogLinesAboveBoard(Encoder<ILoggingEvent> console, StatusBoard board) {
    this.console = console;
    this.board = board;
  }

  /**
   * Puts the console appender's lines above {@code board}; returns what puts its own encoder back.
   * A console without the tool's appender (a library embedding it) is left as it is.
   */
  static Runnable install(StatusBoard board) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root.getAppender("STDERR") instanceof ConsoleAppender<ILoggingEvent> appender) {
      Encoder<ILoggingEvent> previous = appender.getEncoder();
      LogLinesAboveBoard encoder = new LogLinesAboveBoard(previous, board);
      encoder.setContext(root.getLoggerContext());
      encoder.start();
      appender.setEncoder(encoder);
      return () -> appender.setEncoder(previous);
    }
    return () -> {};
  }

  @Override
  public byte[] headerBytes() {
    return console.headerBytes();
  }

  /**
   * The board prints the line itself, under its lock; the appender gets nothing more to write. A
   * line encoded here and written later by the appender could land after a frame drawn meanwhile.
   */
  @Override
  public byte[] encode(ILoggingEvent event) {
    board.printAbove(console.encode(event));
    return new byte[0];
  }

  @Override
  public byte[] footerBytes() {
    return console.footerBytes();
  }
}
