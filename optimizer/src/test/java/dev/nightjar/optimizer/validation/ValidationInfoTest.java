package dev.nightjar.optimizer.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nightjar.backtest.metrics.Metric;
import dev.nightjar.data.BarSeries;
import dev.nightjar.data.Symbol;
import dev.nightjar.data.synth.SynthSpec;
import dev.nightjar.data.synth.SyntheticMarket;
import dev.nightjar.optimizer.Objective;
import dev.nightjar.optimizer.report.SymbolInfo;
import dev.nightjar.optimizer.spec.RankBy;
import dev.nightjar.optimizer.spec.ValidationSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export order of validated configs for each rankBy, and the plateau hook. */
class ValidationInfoTest {
  private static final BarSeries SERIES =
      SyntheticMarket.generate(new SynthSpec(3, List.of(Symbol.of("A")), 0, 600)).get(0);
  private static final Objective SHARPE = Objective.of(Metric.SHARPE);

  private static ValidatedConfig config(int id, double isSharpe, double oosSharpe) {
    double[] in = new double[Metric.count()];
    double[] out = new double[Metric.count()];
    in[Metric.SHARPE.ordinal()] = isSharpe;
    out[Metric.SHARPE.ordinal()] = oosSharpe;
    return new ValidatedConfig(0, id, List.of(1), in, out);
  }

  private static ValidationInfo info(RankBy rankBy) {
    return new ValidationInfo(
        new ValidationSpec.Holdout(0.5),
        rankBy,
        FoldPlan.of(new ValidationSpec.Holdout(0.5), List.of(SERIES), 10),
        List.of(new SymbolInfo(SERIES.id(), "fp", SERIES.firstTime(), SERIES.lastTime(), 600)),
        null);
  }

  private static List<Integer> ids(ValidationInfo info) {
    List<ValidatedConfig> configs =
        new ArrayList<>(List.of(config(0, 2, 0.5), config(1, 1, 1.5), config(2, Double.NaN, 3)));
    configs.sort(info.order(SHARPE));
    return configs.stream().map(ValidatedConfig::combination).toList();
  }

  @Test
  void inSampleOutOfSampleAndPlateauOrders() {
    // In sample: 2 > 1, NaN last. Out of sample: 3 > 1.5 > 0.5.
    assertEquals(List.of(0, 1, 2), ids(info(RankBy.IS)));
    assertEquals(List.of(2, 1, 0), ids(info(RankBy.OOS)));
    // Plateau without the robustness stage's order ranks out of sample...
    assertEquals(List.of(2, 1, 0), ids(info(RankBy.PLATEAU)));
    // ...and with it, by that order (here: ids ascending, standing in for plateau ratios).
    Comparator<ValidatedConfig> plateau = Comparator.comparingInt(ValidatedConfig::combination);
    assertEquals(List.of(0, 1, 2), ids(info(RankBy.PLATEAU).withPlateauOrder(plateau)));
  }
}
