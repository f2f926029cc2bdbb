package org.dfaas.sampler.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected texts were printed once by {@code python3 -c 'import json; print(json.dumps(x))'}
 * for each input and pasted here (as Java literals), so the tests need no Python.
 */
class PythonJsonTest {

  static Stream<Arguments> pythonDumps() {
    return Stream.of(
        row("empty", "", "\"\""),
        row("plain ASCII", "Hello DFaaS!", "\"Hello DFaaS!\""),
        row("slash unescaped", "https://example.org/a/b", "\"https://example.org/a/b\""),
        row("slash unescaped in a tag", "</script>", "\"</script>\""),
        row("quotes", "say \"hi\"", "\"say \\\"hi\\\"\""),
        row("backslash", "back\\slash", "\"back\\\\slash\""),
        row("edges of the printable range", " tilde~ ", "\" tilde~ \""),
        row("newline", "line\nfeed", "\"line\\nfeed\""),
        row("carriage return and tab", "cr\rtab\t", "\"cr\\rtab\\t\""),
        row("backspace and form feed", "bs\bff\f", "\"bs\\bff\\f\""),
        row("other control characters", "\0\u0001\u001f", "\"\\u0000\\u0001\\u001f\""),
        row("DEL", "del\u007f", "\"del\\u007f\""),
        row("Latin-1 in lowercase hex", "é", "\"\\u00e9\""),
        row("mixed", "naïve café", "\"na\\u00efve caf\\u00e9\""),
        row("BMP beyond Latin-1", "€", "\"\\u20ac\""),
        row("CJK", "日本", "\"\\u65e5\\u672c\""),
        row("line separator", "\u2028", "\"\\u2028\""),
        row("C1 control and no-break space", "\u0080\u00a0", "\"\\u0080\\u00a0\""),
        row("beyond U+FFFF as a surrogate pair", "😀", "\"\\ud83d\\ude00\""));
  }

  private static Arguments row(String label, String input, String python) {
    return Arguments.of(label, input, python);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pythonDumps")
  void quotesStringsExactlyAsPythonJsonDumps(String label, String input, String python) {
    assertThat(PythonJson.quote(input)).isEqualTo(python);
  }

  @Test
  void writesAnEmptyMapAsEmptyBraces() {
    assertThat(PythonJson.object(Map.of())).isEqualTo("{}");
  }

  @Test
  void writesMapEntriesInOrderWithPythonSeparators() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain");
    headers.put("X-É", "a\"b");

    // python3: json.dumps({"Content-Type": "text/plain", "X-É": 'a"b'})
    assertThat(PythonJson.object(headers))
        .isEqualTo("{\"Content-Type\": \"text/plain\", \"X-\\u00c9\": \"a\\\"b\"}");
  }
}
