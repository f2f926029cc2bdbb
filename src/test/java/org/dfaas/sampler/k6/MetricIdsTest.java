package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricIdsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "figlet, figlet",
    "qrcode-go, qrcode_go",
    "nodeinfo.openfaas-fn, nodeinfo_openfaas_fn",
    "Mixed_Case9, Mixed_Case9",
    "3d-render, fn_3d_render",
    "0, fn_0",
    "_x, _x",
    "é-😀, ___"
  })
  void replacesEveryCharacterOutsideIdentifiersAndPrefixesLeadingDigits(String name, String id) {
    assertThat(MetricIds.base(name)).isEqualTo(id);
  }

  @Test
  void countsACharacterBeyondUffffAsOneCharacter() {
    assertThat(MetricIds.base("a😀b")).isEqualTo("a_b");
  }

  @Test
  void namesAnEmptyIdFn() {
    assertThat(MetricIds.base("")).isEqualTo("fn");
  }

  @Test
  void suffixesACollidingIdWithOneMoreThanTheNumberOfIdsGiven() {
    assertThat(MetricIds.assign(List.of("a-b", "a.b", "a_b", "c")))
        .containsExactly(
            entry("a-b", "a_b"), entry("a.b", "a_b_2"), entry("a_b", "a_b_3"), entry("c", "c"));
  }

  @Test
  void countsEveryEarlierFunctionInTheSuffixNotOnlyTheCollidingOnes() {
    assertThat(MetricIds.assign(List.of("a", "b", "x-y", "x.y"))).containsEntry("x.y", "x_y_4");
  }

  @Test
  void keepsCountingWhenTheSuffixedIdIsTakenToo() {
    assertThat(MetricIds.assign(List.of("a-b", "a-b_3", "a.b")))
        .containsExactly(entry("a-b", "a_b"), entry("a-b_3", "a_b_3"), entry("a.b", "a_b_4"));
  }

  private static Map.Entry<String, String> entry(String name, String id) {
    return Map.entry(name, id);
  }
}
