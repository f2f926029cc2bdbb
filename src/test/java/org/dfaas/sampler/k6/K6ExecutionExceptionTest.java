package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.dfaas.sampler.ExitCode;
import org.junit.jupiter.api.Test;

class K6ExecutionExceptionTest {

  @Test
  void namesConfigHostExitCodeAndTheTailOfK6sOutput() {
    K6ExecutionException e =
        new K6ExecutionException(
            "9119962e05b1", "10.0.0.5", 107, "line 1\nERRO script error\n", "k6 exited", null);

    assertThat(e.getMessage())
        .isEqualTo(
            "k6 run of config 9119962e05b1 on 10.0.0.5 failed: k6 exited (exit code 107)\n"
                + "last lines of k6's output:\nline 1\nERRO script error");
    assertThat(e.configId()).isEqualTo("9119962e05b1");
    assertThat(e.host()).isEqualTo("10.0.0.5");
    assertThat(e.k6ExitCode()).hasValue(107);
    assertThat(e.outputTail()).isEqualTo("line 1\nERRO script error\n");
    assertThat(e.exitCode()).isEqualTo(ExitCode.RUNTIME_FAILURE);
    assertThat(e.hint()).contains("k6.log", "10.0.0.5");
  }

  @Test
  void hasNoExitCodeWhenK6NeverExited() {
    IOException refused = new IOException("connection refused");
    K6ExecutionException e =
        new K6ExecutionException("9119962e05b1", "10.0.0.5", null, null, "cannot connect", refused);

    assertThat(e.k6ExitCode()).isEmpty();
    assertThat(e.outputTail()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("k6 run of config 9119962e05b1 on 10.0.0.5 failed: cannot connect");
    assertThat(e.getCause()).isSameAs(refused);
  }
}
