package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.TestResources;
import org.dfaas.sampler.plan.ConfigKey;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexReaderTest {

  @TempDir Path dir;

  private static ConfigKey key(List<String> functions, int... rates) {
    return new ConfigKey(functions, rates);
  }

  @Test
  void readsTheFiveConfigurationsTheOldToolIndexed() throws URISyntaxException {
    Path legacy = TestResources.path("/fixtures/legacy-output/index.csv");

    assertThat(IndexReader.doneKeys(legacy))
        .containsExactlyInAnyOrder(
            key(List.of("env"), 0),
            key(List.of("env"), 10),
            key(List.of("figlet"), 0),
            key(List.of("env", "figlet"), 0, 0),
            key(List.of("env", "figlet"), 0, 10));
    assertThat(IndexReader.read(legacy))
        .extracting(IndexEntry::resultsFile)
        .containsOnly("results.csv");
  }

  @Test
  void readsBackTheRowsItWrites() throws IOException {
    List<Configuration> done =
        List.of(
            Configuration.of(new RatePair("figlet", 10), new RatePair("env", 20)),
            Configuration.of(new RatePair("it's", 0)),
            Configuration.of(new RatePair("a;b", 5), new RatePair("q\"x", 7)));
    StringWriter out = new StringWriter();
    CsvTableWriter<IndexEntry> writer = new CsvTableWriter<>(out, new IndexCsv());
    writer.writeHeader();
    for (Configuration configuration : done) {
      writer.writeRow(IndexEntry.of(configuration));
    }

    List<IndexEntry> read = IndexReader.read(new StringReader(out.toString()), "index.csv");

    assertThat(read)
        .extracting(IndexEntry::key)
        .containsExactlyElementsOf(done.stream().map(Configuration::key).toList());
  }

  @Test
  void writesTheOldToolsForm() throws IOException {
    StringWriter out = new StringWriter();
    CsvTableWriter<IndexEntry> writer = new CsvTableWriter<>(out, new IndexCsv());

    writer.writeRow(
        IndexEntry.of(Configuration.of(new RatePair("figlet", 10), new RatePair("env", 20))));
    writer.writeRow(IndexEntry.of(Configuration.of(new RatePair("it's", 3))));
    writer.writeRow(
        IndexEntry.of(Configuration.of(new RatePair("a;b", 5), new RatePair("q\"x", 7))));

    // python3: csv.writer(s, delimiter=';').writerow([repr(names), repr(rates), 'results.csv'])
    assertThat(out)
        .hasToString(
            "['env', 'figlet'];[20, 10];results.csv\r\n"
                + "\"[\"\"it's\"\"]\";[3];results.csv\r\n"
                + "\"['a;b', 'q\"\"x']\";[5, 7];results.csv\r\n");
  }

  @Test
  void findsNothingDoneWithoutAnIndex() {
    assertThat(IndexReader.read(dir.resolve("index.csv"))).isEmpty();
    assertThat(IndexReader.doneKeys(dir.resolve("index.csv"))).isEmpty();
  }

  @Test
  void findsNothingDoneInAnEmptyIndex() throws IOException {
    Path file = Files.writeString(dir.resolve("index.csv"), "");

    assertThat(IndexReader.read(file)).isEmpty();
  }

  @Test
  void toleratesBlankLinesLineFeedsAndAByteOrderMark() throws IOException {
    String text = "\uFEFFfunctions;rates;results_file\n\n['env'];[0];results.csv\n   \n";

    assertThat(IndexReader.read(new StringReader(text), "index.csv"))
        .extracting(IndexEntry::key)
        .containsExactly(key(List.of("env"), 0));
  }

  @Test
  void readsNamesPythonQuotedWithDoubleQuotes() throws IOException {
    // python3: csv.writer(s, delimiter=';').writerow([repr(["it's"]), repr([3]), 'results.csv'])
    String text = "functions;rates;results_file\r\n\"[\"\"it's\"\"]\";[3];results.csv\r\n";

    assertThat(IndexReader.read(new StringReader(text), "index.csv"))
        .extracting(IndexEntry::key)
        .containsExactly(key(List.of("it's"), 3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "['env' 'figlet'];[0, 0];results.csv",
        "['env'];[0, 10];results.csv",
        "['env'];[0]",
        "['env'];[x];results.csv",
        "\"['env'];[0];results.csv",
        "['env'];[0];results.csv;extra",
      })
  void refusesAMalformedLineNamingFileAndLine(String badLine) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("index.csv"),
            "functions;rates;results_file\r\n['env'];[0];results.csv\r\n" + badLine + "\r\n");

    assertThatThrownBy(() -> IndexReader.read(file))
        .isInstanceOf(SamplerException.class)
        .hasMessageStartingWith(file + " line 3: ")
        .satisfies(e -> assertThat(((SamplerException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .satisfies(e -> assertThat(((SamplerException) e).hint()).isNotBlank());
  }

  @Test
  void refusesAFileWithoutTheHeader() throws IOException {
    Path file = Files.writeString(dir.resolve("index.csv"), "['env'];[0];results.csv\r\n");

    assertThatThrownBy(() -> IndexReader.read(file))
        .isInstanceOf(SamplerException.class)
        .hasMessageStartingWith(file + " line 1: ")
        .hasMessageContaining("header");
  }
}
