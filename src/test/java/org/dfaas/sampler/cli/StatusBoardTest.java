package org.dfaas.sampler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class StatusBoardTest {

  private final AnsiScreen screen = new AnsiScreen();

  private StatusBoard board(int width, List<String> targets) {
    StatusBoard board = new StatusBoard(screen.stream(), () -> width, targets);
    assertThat(board.getMaxRenderedLength()).isEqualTo(width);
    return board;
  }

  private void log(StatusBoard board, String line) {
    board.printAbove((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void drawsTheBarAndOneStatusLinePerTargetUnderIt() {
    StatusBoard board = board(80, List.of("a", "node-2"));
    board.status("node-2", "idle");

    board.accept("to run  10% [█ ] 1/10");

    assertThat(screen.written()).doesNotContain("\u001b");
    assertThat(screen.lines())
        .containsExactly("to run  10% [█ ] 1/10", "  a       starting", "  node-2  idle");
  }

  @Test
  void redrawsInPlaceAtEachFrameAndStatus() {
    StatusBoard board = board(80, List.of("a", "b"));
    board.accept("frame 1");
    board.accept("frame 2");
    board.status("a", "iteration 1/3 of figlet=10,env=0");

    assertThat(screen.lines())
        .containsExactly("frame 2", "  a  iteration 1/3 of figlet=10,env=0", "  b  starting");
    assertThat(screen.written()).contains("\r\u001b[2A\u001b[J");
  }

  @Test
  void aStatusBeforeTheFirstFrameWaitsForIt() {
    StatusBoard board = board(80, List.of("a"));
    board.status("a", "idle");

    assertThat(screen.written()).isEmpty();
  }

  @Test
  void logLinesGoAboveTheBoardWhateverTheOrder() {
    StatusBoard board = board(80, List.of("a", "b"));
    log(board, "before the bar");
    board.accept("frame 1");
    log(board, "first");
    board.status("b", "dropped: gateway down");
    log(board, "second");
    board.accept("frame 2");

    assertThat(screen.lines())
        .containsExactly(
            "before the bar",
            "first",
            "second",
            "frame 2",
            "  a  starting",
            "  b  dropped: gateway down");
  }

  @Test
  void aSingleTargetsBoardIsTheBarLineAlone() {
    StatusBoard board = board(80, List.of());
    board.accept("frame 1");
    log(board, "a line");
    board.accept("frame 2");

    assertThat(screen.lines()).containsExactly("a line", "frame 2");
    assertThat(screen.written()).doesNotContain("A\u001b").contains("\r\u001b[J");
  }

  @Test
  void cutsEveryLineToTheTerminalsWidthSoNoneWraps() {
    StatusBoard board = board(12, List.of("a"));
    board.status("a", "iteration 1/3 of figlet=10,env=0");
    board.accept("████████████████ bar");

    assertThat(screen.lines()).containsExactly("███████████…", "  a  iterat…");
  }

  @Test
  void closingLeavesTheLastFrameAndLaterLinesGoBelowIt() {
    StatusBoard board = board(80, List.of("a"));
    board.accept("frame 1");
    board.status("a", "stopped");
    board.close();
    log(board, "summary");
    board.status("a", "after the end");

    assertThat(screen.lines()).containsExactly("frame 1", "  a  stopped", "summary", "");
  }

  @Test
  void theConsolesLogLinesGoAboveTheBoardInTheConsolesPattern() {
    StatusBoard board = board(80, List.of("a"));
    Runnable restore = LogLinesAboveBoard.install(board);
    try {
      board.accept("frame 1");
      org.slf4j.MDC.put("target", "[a] ");
      LoggerFactory.getLogger("dfaas.campaign").info("DFaaS config 1/4 iter 1/2 (abc): a=10");
    } finally {
      org.slf4j.MDC.remove("target");
      restore.run();
    }

    assertThat(screen.lines())
        .hasSize(3)
        .satisfiesExactly(
            line ->
                assertThat(line)
                    .matches(
                        "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[a\\] DFaaS config 1/4 iter 1/2 \\(abc\\): a=10"),
            bar -> assertThat(bar).isEqualTo("frame 1"),
            status -> assertThat(status).isEqualTo("  a  starting"));
  }
}
