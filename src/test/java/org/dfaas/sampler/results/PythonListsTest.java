package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PythonListsTest {

  @Test
  void writesListsAsPythonsRepr() {
    assertThat(PythonLists.formatStrings(List.of("env", "figlet"))).isEqualTo("['env', 'figlet']");
    assertThat(PythonLists.formatInts(new int[] {20, 10})).isEqualTo("[20, 10]");
    assertThat(PythonLists.formatStrings(List.of())).isEqualTo("[]");
  }

  // Expectations from Python 3's repr(str).
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "env | 'env'",
        "a'b | \"a'b\"",
        "e\"f | 'e\"f'",
        "both'\" | 'both\\'\"'",
        "back\\slash | 'back\\\\slash'",
        "café | 'café'",
      })
  void quotesAStringAsPythonsRepr(String text, String python) {
    assertThat(PythonLists.repr(text)).isEqualTo(python);
  }

  @Test
  void escapesNonPrintableCharactersAsPythonsRepr() {
    assertThat(PythonLists.repr("tab\tx")).isEqualTo("'tab\\tx'");
    assertThat(PythonLists.repr("a\u0001b")).isEqualTo("'a\\x01b'");
    assertThat(PythonLists.repr("nb\u00a0sp")).isEqualTo("'nb\\xa0sp'");
    assertThat(PythonLists.repr("\u007f")).isEqualTo("'\\x7f'");
    assertThat(PythonLists.repr("\u2028")).isEqualTo("'\\u2028'");
    assertThat(PythonLists.repr("\ud83d\ude00")).isEqualTo("'\ud83d\ude00'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "['env', 'figlet']",
        "[\"env\", \"figlet\"]",
        "['env','figlet']",
        "  [ 'env' ,\t'figlet' ]  ",
        "['env', \"figlet\"]",
        "['\\x65nv', 'fig\\u006cet']",
      })
  void readsAnyFormPythonCanWriteOfTheSameList(String text) {
    assertThat(PythonLists.parseStrings(text)).containsExactly("env", "figlet");
  }

  @Test
  void readsBackEveryStringItWrites() {
    List<String> names =
        List.of("a'b", "e\"f", "both'\"", "back\\slash", "tab\tx\n", "\ud83d\ude00");

    assertThat(PythonLists.parseStrings(PythonLists.formatStrings(names))).isEqualTo(names);
  }

  @Test
  void readsIntegersWithAnySpacing() {
    assertThat(PythonLists.parseInts("[20, 10]")).containsExactly(20, 10);
    assertThat(PythonLists.parseInts("[ 0 ,10 ]")).containsExactly(0, 10);
    assertThat(PythonLists.parseInts("[]")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "env", "['env'", "['env' 'figlet']", "['env]", "[env]", "['a'] x"})
  void refusesWhatIsNotAListOfStrings(String text) {
    assertThatThrownBy(() -> PythonLists.parseStrings(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1.5]", "['1']", "[1 2]", "[99999999999]", "[1,]"})
  void refusesWhatIsNotAListOfIntegers(String text) {
    assertThatThrownBy(() -> PythonLists.parseInts(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
