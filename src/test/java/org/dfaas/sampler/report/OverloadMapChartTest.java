package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dfaas.sampler.plan.Configuration;
import org.dfaas.sampler.plan.RatePair;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverloadMapChartTest {

  @TempDir Path dir;

  @Test
  void marksInferredCellsInWordsWithTheirClassNeverAsInf() throws IOException {
    Path folder = ReportWriterTest.frontierCampaign(dir.resolve("frontier"));
    PairGrid grid = new PairGrid(new CampaignSummary(CampaignReader.read(folder)), "env", "figlet");

    List<String> marks = marks(OverloadMapChart.chart(grid));

    assertThat(marks).doesNotContain("inf").contains(OverloadMapChart.INFERRED);
    assertThat(marks).contains("ok", "overloaded");
    assertThat(
            OverloadMapChart.mark(
                new ConfigurationResult(
                    pair(0, 0), null, false, false, ConfigurationResult.INFERRED_OVERLOADED)))
        .containsExactly("inferred", "overloaded");
  }

  @Test
  void drawsAFrontierAtTheLowestRateAboveTheAxisNotOnIt() {
    // Every cell skipped as dominated: overload starts at the lowest rate of every column.
    List<ConfigurationResult> cells = new ArrayList<>();
    for (int a : new int[] {25, 50}) {
      for (int b : new int[] {25, 50, 100}) {
        cells.add(new ConfigurationResult(pair(a, b), null, true, false, ""));
      }
    }
    PairGrid grid = new PairGrid("a", "b", cells, Optional.empty());
    assertThat(grid.frontierRow(0)).contains(0);

    XYPlot plot = OverloadMapChart.chart(grid).getXYPlot();

    XYDataset frontier = plot.getDataset(1);
    double lowestFrontier = Double.MAX_VALUE;
    for (int i = 0; i < frontier.getItemCount(0); i++) {
      lowestFrontier = Math.min(lowestFrontier, frontier.getYValue(0, i));
    }
    assertThat(lowestFrontier).isEqualTo(-0.5);
    // The strip below the lowest row: the line is drawn whole, a gap away from the axis.
    assertThat(plot.getRangeAxis().getLowerBound())
        .isLessThanOrEqualTo(lowestFrontier - OverloadMapChart.strip(grid))
        .isLessThan(-0.55);
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(2.5);
  }

  private static Configuration pair(int a, int b) {
    return Configuration.of(new RatePair("a", a), new RatePair("b", b));
  }

  private static List<String> marks(JFreeChart chart) {
    List<String> marks = new ArrayList<>();
    for (Object annotation : chart.getXYPlot().getAnnotations()) {
      marks.add(((XYTextAnnotation) annotation).getText());
    }
    return marks;
  }
}
