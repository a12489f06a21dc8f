package dev.nightjar.backtest.strategy;

import java.util.List;

/**
 * The README's plug-in example: long after a bar that closes above its open by at least {@code
 * margin}, short after one that closes below by as much.
 */
public final class CloseAboveOpen implements Strategy {
  private static final ParameterSpace SPACE =
      new ParameterSpace(
          List.of(ParamSpec.real("margin", 0, 0.1, 0.001, 0.001, "minimum body, fraction")),
          List.of());

  @Override
  public String name() {
    return "close-above-open";
  }

  @Override
  public String description() {
    return "long after a bar closing above its open, short after one closing below";
  }

  @Override
  public ParameterSpace parameters() {
    return SPACE;
  }

  @Override
  public void targets(FeatureCache f, double[] params, double[] target) {
    double margin = params[0];
    double[] open = f.open();
    double[] close = f.close();
    for (int i = 0; i < target.length; i++) {
      double body = close[i] / open[i] - 1;
      target[i] = body > margin ? 1 : body < -margin ? -1 : Double.NaN;
    }
  }
}
