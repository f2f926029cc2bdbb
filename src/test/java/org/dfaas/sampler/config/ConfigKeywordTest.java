package org.dfaas.sampler.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigKeywordTest {

  @Test
  void spellsAConstantAsItsNameInLowerCase() {
    assertThat(EmbeddedSettings.Platform.OPENFAAS.key()).isEqualTo("openfaas");
    assertThat(SearchSettings.IterationMode.ADAPTIVE.key()).isEqualTo("adaptive");
    assertThat(K6ExecutionSettings.Executor.ANSIBLE.key()).isEqualTo("ansible");
    assertThat(Targets.Mode.FLEET.key()).isEqualTo("fleet");
  }
}
