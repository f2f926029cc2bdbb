package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @TempDir Path dir;

  private final List<String> seen = new ArrayList<>();

  private CsvReader.Read read(String text) throws IOException {
    return CsvReader.read(
        new StringReader(text),
        "a.csv",
        CsvDialect.COMMA,
        new CsvReader.Visitor() {
          @Override
          public void header(CsvHeader header) {
            seen.add("header " + header.names());
          }

          @Override
          public void row(CsvRow row) {
            seen.add(row.line() + " " + row.text("a") + "|" + row.text("b"));
          }
        });
  }

  @Test
  void handsTheHeaderThenEachRowByColumnNameWithItsLine() throws IOException {
    CsvReader.Read read = read("a,b\r\n1,2\r\n\r\n3,4\r\n");

    assertThat(seen).containsExactly("header [a, b]", "2 1|2", "4 3|4");
    assertThat(read.rows()).isEqualTo(2);
    assertThat(read.tornLastRow()).isFalse();
  }

  @Test
  void aRecordSpanningLinesIsNamedByTheLineItEndsOn() throws IOException {
    read("a,b\n\"x\ny\",2\n3,4\n");

    assertThat(seen).containsExactly("header [a, b]", "3 x\ny|2", "4 3|4");
  }

  @Test
  void aByteOrderMarkIsStrippedSoTheFirstColumnKeepsItsName() throws IOException {
    read("\uFEFFa,b\n1,2\n");

    assertThat(seen).containsExactly("header [a, b]", "2 1|2");
  }

  @Test
  void aByteOrderMarkIsStrippedFromAFileToo() throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFa,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
    List<String> firstColumn = new ArrayList<>();

    CsvReader.read(file, CsvDialect.COMMA, row -> firstColumn.add(row.text("a")));

    assertThat(firstColumn).containsExactly("1");
  }

  @Test
  void aColumnNamedTwiceIsRefusedNamingFileLineAndBothColumns() {
    assertThatThrownBy(() -> read("a,b, a\n1,2,3\n"))
        .isInstanceOf(SamplerException.class)
        .hasMessage("a.csv line 1: column 3 is named \"a\" like column 1")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aLastLineWithoutALineBreakIsTornLeftOutAndSaidSo() throws IOException {
    CsvReader.Read read = read("a,b\n1,2\n3,4");

    assertThat(seen).containsExactly("header [a, b]", "2 1|2");
    assertThat(read.tornLastRow()).isTrue();
    assertThat(read.rows()).isEqualTo(1);
  }

  @Test
  void aLastLineCutInsideAQuotedFieldIsTorn() throws IOException {
    CsvReader.Read read = read("a,b\n1,2\n3,\"fo");

    assertThat(seen).containsExactly("header [a, b]", "2 1|2");
    assertThat(read.tornLastRow()).isTrue();
  }

  @Test
  void aHeaderWithoutALineBreakIsTornToo() throws IOException {
    CsvReader.Read read = read("a,b,c_cut");

    assertThat(seen).isEmpty();
    assertThat(read.hasHeader()).isFalse();
    assertThat(read.tornLastRow()).isTrue();
  }

  @Test
  void aShortRowThatEndsItsLineIsDamageNamingItsLine() {
    assertThatThrownBy(() -> read("a,b\n1\n3,4\n"))
        .isInstanceOf(SamplerException.class)
        .hasMessageStartingWith("a.csv line 2: 1 fields where the header has 2")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aLastRowTooShortThatEndsItsLineIsDamageToo() {
    assertThatThrownBy(() -> read("a,b\n1,2\n3\n"))
        .isInstanceOf(SamplerException.class)
        .hasMessageStartingWith("a.csv line 3: 1 fields where the header has 2");
  }

  @Test
  void textThatIsNotCsvIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> read("a,b\n\"1\"x,2\n3,4\n"))
        .isInstanceOf(SamplerException.class)
        .hasMessageStartingWith("a.csv line 2: not CSV")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aBadNumberNamesFileLineAndColumn() {
    assertThatThrownBy(
            () ->
                CsvReader.read(
                    new StringReader("a,b\n1,2\n3,x\n"),
                    "a.csv",
                    CsvDialect.COMMA,
                    row -> row.number("b")))
        .isInstanceOf(SamplerException.class)
        .hasMessage("a.csv line 3: b is not a number: \"x\"")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aMissingColumnReadsAsEmptyAndItsNumberAsNaN() throws IOException {
    CsvReader.read(
        new StringReader("a\n1\n"),
        "a.csv",
        CsvDialect.COMMA,
        row -> seen.add(row.text("b") + "|" + row.number("b") + "|" + row.countOrZero("b")));

    assertThat(seen).containsExactly("|NaN|0");
  }

  @Test
  void anAbsentFileReadsAsOneWithoutHeaderWhenAllowed() {
    CsvReader.Read read =
        CsvReader.readIfPresent(dir.resolve("none.csv"), CsvDialect.COMMA, row -> seen.add("x"));

    assertThat(read.hasHeader()).isFalse();
    assertThat(seen).isEmpty();
  }

  @Test
  void anAbsentFileIsBadInputWhenNeeded() {
    Path missing = dir.resolve("none.csv");

    assertThatThrownBy(() -> CsvReader.read(missing, CsvDialect.COMMA, row -> {}))
        .isInstanceOf(SamplerException.class)
        .hasMessage(missing + ": no such file")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aFileThatIsNotUtf8IsBadInputNamingIt() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, new byte[] {'a', '\n', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> CsvReader.read(file, CsvDialect.COMMA, row -> {}))
        .isInstanceOf(SamplerException.class)
        .hasMessageStartingWith(file + ": not UTF-8 text")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void anEmptyTextHasNoHeaderAndNoRows() throws IOException {
    CsvReader.Read read = read("");

    assertThat(read.hasHeader()).isFalse();
    assertThat(read.tornLastRow()).isFalse();
    assertThat(seen).isEmpty();
  }

  @Test
  void aLinkIsRefusedRatherThanFollowed() throws IOException {
    Path target = Files.writeString(dir.resolve("elsewhere.csv"), "a\n1\n");
    Path link = Files.createSymbolicLink(dir.resolve("results.csv"), target);

    assertThatThrownBy(() -> CsvReader.readIfPresent(link, CsvDialect.COMMA, row -> {}))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining(link.toString())
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }
}
