package org.dfaas.sampler.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByFunctionNameTest {

  @Test
  void sortsThePartsByFunctionNameIntoAnUnmodifiableList() {
    List<RatePair> given = new ArrayList<>(List.of(new RatePair("b", 1), new RatePair("a", 2)));

    List<RatePair> sorted = ByFunctionName.sortedOnce(given, RatePair::function, "configuration");

    assertThat(sorted).containsExactly(new RatePair("a", 2), new RatePair("b", 1));
    assertThatThrownBy(() -> sorted.add(new RatePair("c", 3)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAFunctionWithTwoPartsNamingItAndTheWhole() {
    List<RatePair> given =
        List.of(new RatePair("b", 1), new RatePair("a", 2), new RatePair("b", 3));

    assertThatThrownBy(() -> ByFunctionName.sortedOnce(given, RatePair::function, "result row"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("function b appears twice in one result row");
  }

  @Test
  void anEmptyListStaysEmpty() {
    assertThat(ByFunctionName.sortedOnce(List.<RatePair>of(), RatePair::function, "configuration"))
        .isEmpty();
  }
}
