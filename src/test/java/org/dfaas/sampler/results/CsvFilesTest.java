package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

  @TempDir Path dir;

  @Test
  void readIfPresentParsesTheFileNamingItBySource() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "x\n");

    String parsed =
        CsvFiles.readIfPresent(file, (in, source) -> source + "=" + (char) in.read(), "absent");

    assertThat(parsed).isEqualTo(file + "=x");
  }

  @Test
  void readIfPresentAnswersAbsentWithoutTheFile() {
    assertThat(CsvFiles.readIfPresent(dir.resolve("none.csv"), (in, source) -> "read", "absent"))
        .isEqualTo("absent");
  }

  @Test
  void readRefusesAMissingFileNamingIt() {
    Path missing = dir.resolve("none.csv");

    assertThatThrownBy(() -> CsvFiles.read(missing, (in, source) -> "read"))
        .isInstanceOf(SamplerException.class)
        .hasMessage("cannot read " + missing + ": " + missing);
  }

  @Test
  void aFailingParseIsACannotReadNamingTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), "x\n");

    assertThatThrownBy(
            () ->
                CsvFiles.readIfPresent(
                    file,
                    (in, source) -> {
                      throw new UncheckedIOException(new IOException("disk gone"));
                    },
                    "absent"))
        .isInstanceOf(SamplerException.class)
        .hasMessageStartingWith("cannot read " + file + ": ")
        .hasMessageContaining("disk gone")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.RUNTIME_FAILURE);
  }

  @Test
  void forEachRowHandsTheHeaderFirstThenEveryRowWithIt() throws IOException {
    List<String> seen = new ArrayList<>();

    CsvFiles.forEachRow(
        new StringReader("a,b\n1,2\n3,4\n"),
        header -> seen.add("header " + header.toList()),
        (header, record) -> seen.add(header + " " + record.toList()));

    assertThat(seen).containsExactly("header [a, b]", "[a, b] [1, 2]", "[a, b] [3, 4]");
  }

  @Test
  void forEachRowOfAnEmptyTextSeesNothing() throws IOException {
    List<CSVRecord> seen = new ArrayList<>();

    CsvFiles.forEachRow(new StringReader(""), seen::add, (header, record) -> seen.add(record));

    assertThat(seen).isEmpty();
  }

  @Test
  void atLineNamesTheFileAndTheRecordsLine() throws IOException {
    List<String> messages = new ArrayList<>();

    CsvFiles.forEachRow(
        new StringReader("a,b\n1\n"),
        (header, record) ->
            messages.add(
                CsvFiles.atLine(
                    "results.csv", record, CsvFiles.fieldCount(record, header.size()))));

    assertThat(messages).containsExactly("results.csv line 2: 1 fields where the header has 2");
  }
}
