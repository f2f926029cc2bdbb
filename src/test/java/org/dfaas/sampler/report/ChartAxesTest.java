package org.dfaas.sampler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;

/** The axes of the per-function and node charts: ranges a reader can trust. */
class ChartAxesTest {

  private static final CampaignSummary FIXTURE =
      new CampaignSummary(CampaignReader.read(ReportFixture.source()));

  @Test
  void theSuccessRateAxisNeverReadsAboveOne() {
    // env alone succeeds in every iteration: the old axis ran from 0.95 to 1.05.
    ValueAxis axis = panels(functionChart("env")).get(0).getRangeAxis();

    assertThat(axis.getLabel()).isEqualTo(FunctionChart.SUCCESS_LABEL);
    assertThat(axis.getUpperBound()).isGreaterThan(1).isLessThan(1.01);
    assertThat(tickValues(axis)).isNotEmpty().allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(1));
    assertThat(tickValues(axis)).contains(1.0);
  }

  @Test
  void theSuccessRateAxisStartsLowEnoughForTheThresholdAndTheLowestValue() {
    // figlet=20 alone: 0.80, 0.85, 1.00 → its interval reaches far below 0.8.
    ValueAxis figlet = panels(functionChart("figlet")).get(0).getRangeAxis();
    ValueAxis env = panels(functionChart("env")).get(0).getRangeAxis();

    assertThat(env.getLowerBound()).isEqualTo(ShareAxis.HIGHEST_LOWER_BOUND, within());
    // Its lowest interval end is 0.624: the axis starts at the 0.05 step below it with a margin.
    assertThat(figlet.getLowerBound()).isEqualTo(0.6, within());
    assertThat(ShareAxis.range(0.3).getLowerBound()).isEqualTo(0.25, within());
    assertThat(ShareAxis.range(-2).getLowerBound()).isZero();
  }

  @Test
  void aSuccessRateIntervalIsCutAtOne() {
    YIntervalSeries success =
        FunctionChart.series(
            "figlet", "s", FunctionValue.SUCCESS_RATE, 1, FIXTURE.singles("figlet"));

    for (int i = 0; i < success.getItemCount(); i++) {
      assertThat(success.getYHighValue(i)).isLessThanOrEqualTo(1);
      assertThat(success.getYLowValue(i)).isGreaterThanOrEqualTo(0);
    }
    // figlet=20's Student interval alone would reach 1.15.
    assertThat(
            FIXTURE
                .singles("figlet")
                .get(2)
                .functionStats("figlet", FunctionValue.SUCCESS_RATE)
                .high())
        .isGreaterThan(1);
  }

  @Test
  void ringsTheRatesWhoseConfigurationOverloadedAndSaysSoInTheLegend() {
    YIntervalSeries overloaded =
        FunctionChart.overloaded("figlet", FunctionValue.CPU, 1, FIXTURE.singles("figlet"));
    JFreeChart chart = functionChart("figlet");

    // figlet=20 alone overloaded 2 of its 3 iterations; 0 and 10 none.
    assertThat(overloaded.getItemCount()).isEqualTo(1);
    assertThat(overloaded.getX(0)).isEqualTo(20.0);
    assertThat(panels(chart))
        .allSatisfy(panel -> assertThat(panel.getDataset().getSeriesCount()).isEqualTo(2));
    List<String> legend = legendOf(chart);
    assertThat(legend).containsExactly(FunctionChart.MEAN, FunctionChart.OVERLOADED);
    assertThat(
            FunctionChart.overloaded("env", FunctionValue.CPU, 1, FIXTURE.singles("env"))
                .getItemCount())
        .isZero();
  }

  @Test
  void nodeCpuAndRamAxesStartAtZero() {
    // The fixture's node CPU runs from 3 to 27, its RAM far above 0 too.
    JFreeChart chart = NodeChart.chart(FIXTURE.run());

    assertThat(panels(chart)).hasSize(2);
    for (XYPlot panel : panels(chart)) {
      assertThat(panel.getRangeAxis().getLowerBound()).as(panel.getRangeAxis().getLabel()).isZero();
      assertThat(panel.getRangeAxis().getUpperBound()).isGreaterThan(1);
    }
  }

  private static JFreeChart functionChart(String function) {
    return FunctionChart.chart(function, FIXTURE.singles(function), FunctionMemory.IN_USE);
  }

  @SuppressWarnings("unchecked")
  static List<XYPlot> panels(JFreeChart chart) {
    return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
  }

  private static List<String> legendOf(JFreeChart chart) {
    List<String> names = new java.util.ArrayList<>();
    org.jfree.chart.LegendItemCollection items = chart.getPlot().getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      names.add(items.get(i).getLabel());
    }
    return names;
  }

  private static List<Double> tickValues(ValueAxis axis) {
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      List<?> ticks =
          axis.refreshTicks(
              g2, new AxisState(), new Rectangle2D.Double(0, 0, 500, 150), RectangleEdge.LEFT);
      return ticks.stream().map(t -> ((NumberTick) t).getValue()).toList();
    } finally {
      g2.dispose();
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
