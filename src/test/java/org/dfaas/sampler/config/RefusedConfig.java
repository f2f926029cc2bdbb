package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The config tests' check of a refusal: one of its problems names the key path and says why. */
final class RefusedConfig {

  private RefusedConfig() {}

  static void assertRefusedNaming(ThrowingCallable load, String path, String message) {
    assertThatThrownBy(load)
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        problem -> {
                          assertThat(problem.path()).isEqualTo(path);
                          assertThat(problem.message()).contains(message);
                        }));
  }
}
