package org.dfaas.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingTest {

  private final List<String> closed = new ArrayList<>();

  private void close(String resource) throws IOException {
    closed.add(resource);
    if (resource.startsWith("bad")) {
      throw new IOException(resource);
    }
    if (resource.startsWith("bug")) {
      throw new IllegalStateException(resource);
    }
  }

  @Test
  void closesEveryResourceWhenNoneFails() {
    assertThatCode(() -> Closing.closeAll(List.of("a", "b"), IOException.class, this::close))
        .doesNotThrowAnyException();

    assertThat(closed).containsExactly("a", "b");
  }

  @Test
  void closesTheRestAfterAFailureAndThrowsTheFirstWithTheLaterOnesSuppressed() {
    assertThatThrownBy(
            () ->
                Closing.closeAll(
                    List.of("bad1", "a", "bad2", "bad3"), IOException.class, this::close))
        .isInstanceOf(IOException.class)
        .hasMessage("bad1")
        .satisfies(
            first ->
                assertThat(first.getSuppressed())
                    .extracting(Throwable::getMessage)
                    .containsExactly("bad2", "bad3"));

    assertThat(closed).containsExactly("bad1", "a", "bad2", "bad3");
  }

  @Test
  void anExceptionOfAnotherKindPropagatesAtOnce() {
    assertThatThrownBy(
            () -> Closing.closeAll(List.of("a", "bug", "b"), IOException.class, this::close))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bug");

    assertThat(closed).containsExactly("a", "bug");
  }

  @Test
  void uncheckedFailuresAreCollectedWhenTheyAreTheKindAskedFor() {
    assertThatThrownBy(
            () ->
                Closing.closeAll(
                    List.of("bug1", "a", "bug2"),
                    RuntimeException.class,
                    resource -> {
                      closed.add(resource);
                      if (resource.startsWith("bug")) {
                        throw new IllegalStateException(resource);
                      }
                    }))
        .hasMessage("bug1")
        .satisfies(first -> assertThat(first.getSuppressed()).hasSize(1));

    assertThat(closed).containsExactly("bug1", "a", "bug2");
  }
}
