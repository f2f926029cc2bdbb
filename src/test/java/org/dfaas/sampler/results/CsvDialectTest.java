package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDialectTest {

  // Expectations from Python 3: csv.writer(io.StringIO()).writerow([field]) for each field, with
  // the record terminator left off.
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      emptyValue = "",
      value = {
        "plain | plain",
        "'a,b' | '\"a,b\"'",
        "'q\"x' | '\"q\"\"x\"'",
        "#lead | #lead",
        "'trail ' | 'trail '",
        "' lead' | ' lead'",
        "!x | !x",
        "a;b | a;b",
      })
  void quotesAFieldOnlyWhenItHoldsTheSeparatorOrAQuote(String field, String expected) {
    assertThat(CsvDialect.COMMA.quoteIfNeeded(field)).isEqualTo(expected);
  }

  @Test
  void quotesAFieldHoldingALineBreak() {
    assertThat(CsvDialect.COMMA.quoteIfNeeded("cr\rx")).isEqualTo("\"cr\rx\"");
    assertThat(CsvDialect.COMMA.quoteIfNeeded("lf\nx")).isEqualTo("\"lf\nx\"");
  }

  @Test
  void writesARecordByteForByteAsPythonsCsvModule() {
    // python3: csv.writer(s).writerow(['', 'a,b', 'q"x', 'cr\rx', 'lf\nx', '#lead', 'trail ',
    // ' lead', 'plain', None])
    String python = ",\"a,b\",\"q\"\"x\",\"cr\rx\",\"lf\nx\",#lead,trail , lead,plain,\r\n";

    String line =
        CsvDialect.COMMA.formatRecord(
            List.of("", "a,b", "q\"x", "cr\rx", "lf\nx", "#lead", "trail ", " lead", "plain", ""));

    assertThat(line).isEqualTo(python);
  }

  @Test
  void leavesAnEmptyFirstFieldUnquotedWhenOthersFollow() {
    assertThat(CsvDialect.COMMA.formatRecord(List.of("", "x"))).isEqualTo(",x\r\n");
  }

  @Test
  void quotesARecordOfOneEmptyFieldSoItIsNotABlankLine() {
    assertThat(CsvDialect.COMMA.formatRecord(List.of(""))).isEqualTo("\"\"\r\n");
  }

  @Test
  void quotesOnlyForItsOwnSeparator() {
    // python3: csv.writer(s, delimiter=';').writerow(["['a', 'b']", 'x,y', 'a;b'])
    assertThat(CsvDialect.SEMICOLON.formatRecord(List.of("['a', 'b']", "x,y", "a;b")))
        .isEqualTo("['a', 'b'];x,y;\"a;b\"\r\n");
  }

  @Test
  void writesRecordsToAWriter() throws IOException {
    StringWriter out = new StringWriter();

    CsvDialect.COMMA.writeRecord(out, List.of("a", "b"));
    CsvDialect.COMMA.writeRecord(out, List.of("1", "2"));

    assertThat(out).hasToString("a,b\r\n1,2\r\n");
  }

  @Test
  void readsBackWhatItWrites() throws IOException {
    List<String> fields = List.of("", "a,b", "q\"x", "cr\rx", "lf\nx", "#lead", "trail ", " lead");
    String text =
        CsvDialect.COMMA.formatRecord(fields) + CsvDialect.COMMA.formatRecord(List.of(""));

    try (CSVParser parser = CSVParser.parse(text, CsvDialect.COMMA.readFormat())) {
      var records = parser.getRecords();
      assertThat(records).hasSize(2);
      assertThat(records.get(0).toList()).isEqualTo(fields);
      assertThat(records.get(1).toList()).containsExactly("");
    }
  }

  @Test
  void refusesAQuoteAsSeparator() {
    assertThatThrownBy(() -> new CsvDialect('"')).isInstanceOf(IllegalArgumentException.class);
  }
}
