package org.dfaas.sampler.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dfaas.sampler.Closing;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.results.CsvDialect;
import org.dfaas.sampler.results.PythonLists;
import org.dfaas.sampler.results.RecordedRow;

/**
 * One node's dataset in the layout of the DFaaS project's current sampler (docs/export.md): an
 * {@code index.csv} of {@code functions;rates;overloaded;overload_predicted;results_file}, one row
 * per measured iteration and one per configuration predicted overloaded, and one results file per
 * set of functions ({@code results-{n}-{f1}-{f2}.csv}, n counting from 0 in order of first
 * appearance), in {@link DfaasResultsLayout}. Rows stream through: only the set-to-file map is
 * kept. Not thread-safe.
 */
final class DfaasDataset implements DatasetSink {

  static final String INDEX_CSV = "index.csv";

  static final List<String> INDEX_HEADER =
      List.of("functions", "rates", "overloaded", "overload_predicted", "results_file");

  private static final String TRUE = "True";
  private static final String FALSE = "False";

  private final Writer index;
  private final OpenAppenders results;
  private final Map<List<String>, String> fileOfFunctions = new HashMap<>();
  private final Map<String, DfaasResultsLayout> layoutOfFile = new HashMap<>();

  DfaasDataset(Path folder) throws IOException {
    Files.createDirectories(folder);
    this.index = Files.newBufferedWriter(folder.resolve(INDEX_CSV), StandardCharsets.UTF_8);
    this.results = new OpenAppenders(folder);
    CsvDialect.SEMICOLON.writeRecord(index, INDEX_HEADER);
  }

  @Override
  public void row(RecordedRow recorded, String target) throws IOException {
    Configuration configuration = recorded.configuration();
    List<String> functions = configuration.functionNames();
    String file =
        fileOfFunctions.computeIfAbsent(
            functions,
            names -> "results-" + fileOfFunctions.size() + "-" + String.join("-", names) + ".csv");
    DfaasResultsLayout layout = layoutOfFile.get(file);
    Writer out = results.appender(file);
    if (layout == null) {
      layout = new DfaasResultsLayout(functions);
      layoutOfFile.put(file, layout);
      CsvDialect.COMMA.writeRecord(out, layout.header());
    }
    CsvDialect.COMMA.writeRecord(out, layout.cells(recorded.row()));
    indexRow(configuration, recorded.row().node().overloaded(), false, file);
  }

  @Override
  public boolean predictedOverload(Configuration configuration) throws IOException {
    indexRow(configuration, true, true, "");
    return true;
  }

  private void indexRow(
      Configuration configuration, boolean overloaded, boolean predicted, String file)
      throws IOException {
    CsvDialect.SEMICOLON.writeRecord(
        index,
        List.of(
            PythonLists.formatStrings(configuration.functionNames()),
            PythonLists.formatInts(configuration.rates()),
            overloaded ? TRUE : FALSE,
            predicted ? TRUE : FALSE,
            file));
  }

  @Override
  public void close() throws IOException {
    Closing.closeAll(List.of(index, results), IOException.class, Closeable::close);
  }
}
