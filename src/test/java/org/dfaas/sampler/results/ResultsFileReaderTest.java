package org.dfaas.sampler.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dfaas.sampler.ExitCode;
import org.dfaas.sampler.SamplerException;
import org.dfaas.sampler.TestResources;
import org.dfaas.sampler.metrics.FunctionUsage;
import org.dfaas.sampler.metrics.NodeUsage;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.junit.jupiter.api.Test;

/** Results files of every origin read back: ours, the old tool's later versions', DFaaS's. */
class ResultsFileReaderTest {

  private static final ResultsCsv LAYOUT = new ResultsCsv(List.of("figlet", "env"));

  /** A read and the rows it handed on, kept here only because the test looks at them. */
  private record Read(RecordedResults results, List<RecordedRow> rows) {

    List<String> functions() {
      return results.functions();
    }

    boolean torn() {
      return results.torn();
    }
  }

  private static Read read(String text) throws Exception {
    List<RecordedRow> rows = new ArrayList<>();
    return new Read(ResultsFileReader.read(new StringReader(text), "results.csv", rows::add), rows);
  }

  private static Read read(Path file) {
    List<RecordedRow> rows = new ArrayList<>();
    return new Read(ResultsFileReader.read(file, rows::add), rows);
  }

  private static String line(List<String> cells) {
    return String.join(",", cells) + "\r\n";
  }

  private static ResultRow row(int figletRate, double latency, boolean overloaded) {
    FunctionMeasurement figlet =
        new FunctionMeasurement(
            "figlet",
            figletRate,
            0.98,
            new FunctionUsage(12.5, 3e7, Double.NaN),
            2,
            false,
            latency);
    NodeMeasurement node =
        new NodeMeasurement(
            new NodeUsage(1, 2, 3, Double.NaN), new NodeUsage(4, 5, 6, Double.NaN), 15, overloaded);
    return new ResultRow(List.of(figlet), node);
  }

  @Test
  void readsBackWhatTheWriterWrote() throws Exception {
    ResultRow written = row(20, 41.0, true);
    String text = line(LAYOUT.header()) + line(LAYOUT.cells(written));

    Read read = read(text);

    assertThat(read.functions()).containsExactly("env", "figlet");
    assertThat(read.torn()).isFalse();
    assertThat(read.rows()).hasSize(1);
    RecordedRow row = read.rows().get(0);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.configuration()).isEqualTo(Configuration.of(new RatePair("figlet", 20)));
    assertThat(row.row()).isEqualTo(written);
  }

  @Test
  void readsTheLaterVersionsDecimalLatency() throws Exception {
    String text =
        line(LAYOUT.header())
            + line(LAYOUT.cells(row(20, 41.0, false))).replace(",41,", ",41.257,");

    assertThat(read(text).rows().get(0).row().function("figlet").orElseThrow().avgLatencyMs())
        .isEqualTo(41.257);
  }

  @Test
  void readsTheDfaasSamplersFileInItsHeadersOrderWithEveryFunctionInEveryRow() throws Exception {
    Read read = read(fixture("dfaas-sampler/results-2025-01-08_10-00-00-0-30s.csv"));

    assertThat(read.functions()).containsExactly("shasum", "figlet", "nmap");
    assertThat(read.rows()).hasSize(5);
    assertThat(read.rows())
        .extracting(RecordedRow::configuration)
        .containsExactly(
            config(0, 0, 0),
            config(0, 0, 10),
            config(0, 0, 10),
            config(0, 10, 0),
            config(10, 0, 20));
    ResultRow last = read.rows().get(4).row();
    assertThat(last.node().overloaded()).isTrue();
    assertThat(last.node().restSeconds()).isEqualTo(10);
    FunctionMeasurement nmap = last.function("nmap").orElseThrow();
    assertThat(nmap.avgLatencyMs()).isEqualTo(410);
    assertThat(nmap.successRate()).isEqualTo(0.62);
    assertThat(nmap.overloaded()).isTrue();
    assertThat(nmap.replicas()).isEqualTo(1);
    assertThat(nmap.usage().power()).isNaN();
    FunctionMeasurement idle = last.function("figlet").orElseThrow();
    assertThat(idle.rate()).isZero();
    assertThat(idle.successRate()).isEqualTo(1.0);
  }

  private static Configuration config(int shasum, int figlet, int nmap) {
    return Configuration.of(
        new RatePair("shasum", shasum), new RatePair("figlet", figlet), new RatePair("nmap", nmap));
  }

  @Test
  void aCutShortLastLineIsLeftOutAndSaidSo() throws Exception {
    String whole = line(LAYOUT.cells(row(10, 3.0, false)));
    String text = line(LAYOUT.header()) + whole + whole.substring(0, whole.indexOf(",nan,") + 1);

    Read read = read(text);

    assertThat(read.rows()).hasSize(1);
    assertThat(read.torn()).isTrue();
  }

  @Test
  void aShortLineBeforeTheLastIsDamageNamingItsLine() {
    String whole = line(LAYOUT.cells(row(10, 3.0, false)));
    String text = line(LAYOUT.header()) + "env,1\r\n" + whole;

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("results.csv line 2: 2 fields where the header has 28")
        .extracting(e -> ((SamplerException) e).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void aBadCellNamesItsLineAndColumn() {
    String text =
        line(LAYOUT.header()) + line(LAYOUT.cells(row(10, 3.0, false))).replace("0.980", "x");

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("results.csv line 2: success_rate_function_figlet is not a number");
  }

  @Test
  void aHeaderWithoutTheNeededColumnsIsRefused() {
    assertThatThrownBy(() -> read("function_a,rate_function_a\r\n"))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("not a results.csv header; missing success_rate_function_a")
        .hasMessageContaining("overloaded_node");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(SamplerException.class)
        .hasMessageContaining("empty");
  }

  private static Path fixture(String name) throws URISyntaxException {
    return TestResources.path("/fixtures/" + name);
  }
}
