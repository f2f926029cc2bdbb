package org.dfaas.sampler.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dfaas.sampler.config.OutputSettings.LatencyFormat;

/**
 * The layout of {@code results.csv} (compat §6): nine columns per campaign function, in sorted name
 * order, then the ten node columns; with extra columns, then five more per function (latency mean,
 * median, p90, p95, request count), {@code dropped_iterations}, {@code node_cores} and {@code
 * overload_reason}, after every column the old tool wrote, never before or between them; a pool
 * campaign adds {@code target} last, the target that ran the row. Every row has every column, so
 * rows of configurations of different functions line up; a function not in the configuration gets
 * empty cells.
 */
public final class ResultsCsv implements CsvTable<ResultRow> {

  /**
   * Which of dfaas-sampler's own columns follow the old tool's. Each later set holds the columns of
   * the earlier ones, so a folder started by an earlier build is recognised by its header and
   * continued with it; the order of the columns is fixed (compat §6), whichever set wrote them.
   */
  public enum Extras {
    /** The old tool's columns only. */
    NONE("without the extra columns"),
    /** Latency detail and request count per function, then {@code dropped_iterations}. */
    LATENCY_DETAIL("with the extra columns but without overload_reason"),
    /** All of {@link #LATENCY_DETAIL}, then {@code overload_reason}. */
    OVERLOAD_REASON("with the extra columns but without the pandas-safe target column"),
    /**
     * All of {@link #OVERLOAD_REASON}, then {@code target} whether one target or many ran the
     * campaign, and no text cell is ever empty: {@code overload_reason} says {@code none} when the
     * node was not overloaded (pandas 3 refuses to fill empty text cells with 0).
     */
    TARGET("with the extra columns but without node_cores"),
    /**
     * All of {@link #TARGET}, with {@code node_cores} between {@code dropped_iterations} and {@code
     * overload_reason} (compat §6's order).
     */
    NODE_CORES("with every extra column");

    /** The newest set: what a new folder gets with {@code results_extra_columns: true}. */
    public static final Extras ALL = NODE_CORES;

    private final String described;

    Extras(String described) {
      this.described = described;
    }

    /**
     * How a {@code results.csv} with these columns was started, e.g. {@code with every extra
     * column}.
     */
    String described() {
      return described;
    }

    boolean includes(Extras other) {
      return compareTo(other) >= 0;
    }
  }

  /** Why the node was overloaded, the reasons joined by {@code +}; empty when it was not. */
  public static final String OVERLOAD_REASON = ColumnNames.OVERLOAD_REASON;

  /** What joins the reasons in an {@code overload_reason} cell. */
  public static final String REASON_SEPARATOR = "+";

  /**
   * The {@code overload_reason} of a row that did not overload, in a {@link Extras#TARGET} file.
   */
  public static final String NO_OVERLOAD = "none";

  /**
   * The {@code overload_reason} of an overloaded row whose reasons are not known (one read from a
   * file without the column), in a {@link Extras#TARGET} file.
   */
  public static final String UNKNOWN_REASON = "unknown";

  /** The extra columns of one function, in their order. */
  private static final List<Function<String, String>> EXTRA_FUNCTION_COLUMNS =
      List.of(
          ColumnNames::latencyAvg,
          ColumnNames::latencyMed,
          ColumnNames::latencyP90,
          ColumnNames::latencyP95,
          ColumnNames::requestCount);

  private static final List<String> NODE_COLUMNS =
      List.of(
          ColumnNames.CPU_IDLE_NODE,
          ColumnNames.CPU_NODE,
          ColumnNames.RAM_IDLE_NODE,
          ColumnNames.RAM_NODE,
          ColumnNames.RAM_IDLE_NODE_PERCENTAGE,
          ColumnNames.RAM_NODE_PERCENTAGE,
          ColumnNames.POWER_IDLE_NODE,
          ColumnNames.POWER_NODE,
          ColumnNames.REST_SECONDS,
          ColumnNames.OVERLOADED_NODE);

  private static final int COLUMNS_PER_FUNCTION = 9;

  /** The pool's column: which target ran the row. */
  public static final String TARGET = ColumnNames.TARGET;

  private final List<String> functions;
  private final Extras extras;
  private final LatencyFormat latencyFormat;
  private final boolean targetColumn;

  /** The old tool's layout (no extra columns, integer latencies) for these functions. */
  public ResultsCsv(Collection<String> campaignFunctions) {
    this(campaignFunctions, Extras.NONE, LatencyFormat.INTEGER);
  }

  /**
   * The layout for a campaign of these functions, in any order.
   *
   * @param extraColumns whether all the extra columns follow the old tool's ones
   * @param latencyFormat how {@code medium_latency_function_*} is written
   */
  public ResultsCsv(
      Collection<String> campaignFunctions, boolean extraColumns, LatencyFormat latencyFormat) {
    this(campaignFunctions, extraColumns ? Extras.ALL : Extras.NONE, latencyFormat);
  }

  /**
   * The layout for a campaign of these functions, in any order, with these extra columns.
   *
   * @param latencyFormat how {@code medium_latency_function_*} is written
   */
  public ResultsCsv(
      Collection<String> campaignFunctions, Extras extras, LatencyFormat latencyFormat) {
    this(campaignFunctions, extras, latencyFormat, false);
  }

  private ResultsCsv(
      Collection<String> campaignFunctions,
      Extras extras,
      LatencyFormat latencyFormat,
      boolean targetColumn) {
    this.functions = CampaignFunctions.sorted(campaignFunctions);
    this.extras = Objects.requireNonNull(extras, "extras");
    this.latencyFormat = latencyFormat;
    this.targetColumn = targetColumn;
  }

  /** This layout with these extra columns. */
  public ResultsCsv withExtras(Extras other) {
    return new ResultsCsv(functions, other, latencyFormat, targetColumn);
  }

  /** This layout with or without the pool's {@code target} column, last of all. */
  public ResultsCsv withTargetColumn(boolean target) {
    return new ResultsCsv(functions, extras, latencyFormat, target);
  }

  /** Whether the {@code target} column is written. */
  public boolean targetColumn() {
    return targetColumn || extras.includes(Extras.TARGET);
  }

  /** Whether any extra column is written. */
  public boolean extraColumns() {
    return extras != Extras.NONE;
  }

  /** Which extra columns are written. */
  public Extras extras() {
    return extras;
  }

  /** The campaign's function names, sorted: the order of the function columns. */
  public List<String> functions() {
    return functions;
  }

  @Override
  public List<String> header() {
    List<String> header = new ArrayList<>();
    for (String f : functions) {
      header.addAll(ColumnNames.configurationColumns(f));
      header.add(ColumnNames.successRate(f));
      header.add(ColumnNames.cpu(f));
      header.add(ColumnNames.ram(f));
      header.add(ColumnNames.power(f));
      header.add(ColumnNames.replicas(f));
      header.add(ColumnNames.overloaded(f));
      header.add(ColumnNames.mediumLatency(f));
    }
    header.addAll(NODE_COLUMNS);
    if (extras.includes(Extras.LATENCY_DETAIL)) {
      for (String f : functions) {
        EXTRA_FUNCTION_COLUMNS.forEach(column -> header.add(column.apply(f)));
      }
      header.add(ColumnNames.DROPPED_ITERATIONS);
    }
    if (extras.includes(Extras.NODE_CORES)) {
      header.add(ColumnNames.NODE_CORES);
    }
    if (extras.includes(Extras.OVERLOAD_REASON)) {
      header.add(OVERLOAD_REASON);
    }
    if (targetColumn()) {
      header.add(TARGET);
    }
    return List.copyOf(header);
  }

  @Override
  public List<String> cells(ResultRow row) {
    return cells(row, "");
  }

  /** The cells of {@code row}, run by {@code target} (written when the layout has the column). */
  public List<String> cells(ResultRow row, String target) {
    CampaignFunctions.requireKnown(
        functions, row.functions().stream().map(FunctionMeasurement::name).toList(), "the row");
    List<String> cells = new ArrayList<>();
    for (String f : functions) {
      Optional<FunctionMeasurement> measured = row.function(f);
      if (measured.isPresent()) {
        addFunction(cells, measured.get());
      } else {
        for (int i = 0; i < COLUMNS_PER_FUNCTION; i++) {
          cells.add("");
        }
      }
    }
    addNode(cells, row.node());
    if (extras.includes(Extras.LATENCY_DETAIL)) {
      for (String f : functions) {
        Optional<FunctionMeasurement> measured = row.function(f);
        if (measured.isPresent()) {
          addExtra(cells, measured.get());
        } else {
          EXTRA_FUNCTION_COLUMNS.forEach(column -> cells.add(""));
        }
      }
      cells.add(CsvNumbers.integer(row.droppedIterations()));
    }
    if (extras.includes(Extras.NODE_CORES)) {
      cells.add(CsvNumbers.count(row.nodeCores()));
    }
    if (extras.includes(Extras.OVERLOAD_REASON)) {
      cells.add(overloadReason(row));
    }
    if (targetColumn()) {
      cells.add(target);
    }
    return List.copyOf(cells);
  }

  private String overloadReason(ResultRow row) {
    String reasons = String.join(REASON_SEPARATOR, row.overloadReasons());
    if (!reasons.isEmpty() || !extras.includes(Extras.TARGET)) {
      return reasons;
    }
    return row.node().overloaded() ? UNKNOWN_REASON : NO_OVERLOAD;
  }

  private static void addExtra(List<String> cells, FunctionMeasurement m) {
    cells.add(CsvNumbers.decimal(m.latency().avgMs()));
    cells.add(CsvNumbers.decimal(m.latency().medMs()));
    cells.add(CsvNumbers.decimal(m.latency().p90Ms()));
    cells.add(CsvNumbers.decimal(m.latency().p95Ms()));
    cells.add(CsvNumbers.count(m.requestCount()));
  }

  private void addFunction(List<String> cells, FunctionMeasurement m) {
    cells.add(m.name());
    cells.add(CsvNumbers.integer(m.rate()));
    cells.add(CsvNumbers.decimal(m.successRate()));
    cells.add(CsvNumbers.decimal(m.usage().cpu()));
    cells.add(CsvNumbers.decimal(m.usage().ram()));
    cells.add(CsvNumbers.decimal(m.usage().power()));
    cells.add(CsvNumbers.integer(m.replicas()));
    cells.add(CsvNumbers.flag(m.overloaded()));
    cells.add(
        latencyFormat == LatencyFormat.DECIMAL
            ? CsvNumbers.decimal(m.avgLatencyMs())
            : CsvNumbers.truncated(m.avgLatencyMs()));
  }

  private static void addNode(List<String> cells, NodeMeasurement node) {
    cells.add(CsvNumbers.decimal(node.idle().cpu()));
    cells.add(CsvNumbers.decimal(node.loaded().cpu()));
    cells.add(CsvNumbers.decimal(node.idle().ram()));
    cells.add(CsvNumbers.decimal(node.loaded().ram()));
    cells.add(CsvNumbers.decimal(node.idle().ramPct()));
    cells.add(CsvNumbers.decimal(node.loaded().ramPct()));
    cells.add(CsvNumbers.decimal(node.idle().power()));
    cells.add(CsvNumbers.decimal(node.loaded().power()));
    cells.add(CsvNumbers.integer(node.restSeconds()));
    cells.add(CsvNumbers.flag(node.overloaded()));
  }
}
