package dev.nightjar.backtest.indicator;

import dev.nightjar.data.Checks;

/**
 * Wilder's average directional index with the directional indicators, exactly as TA-Lib ADX,
 * PLUS_DI and MINUS_DI. Per bar: {@code up = high[i] - high[i-1]}, {@code down = low[i-1] -
 * low[i]}; {@code +DM = up} if {@code up > down && up > 0}, {@code -DM = down} if {@code down > up
 * && down > 0}, else 0. +DM, -DM and the {@link TrueRange} are Wilder-summed: {@code S = S - S/n +
 * x}, starting from the plain sum of the first {@code n - 1} values (TA-Lib's seeding). {@code ±DI
 * = 100 * S(±DM) / S(TR)} (0 where {@code S(TR) == 0}); {@code DX = 100 * |+DI - -DI| / (+DI +
 * -DI)}; ADX is the mean of the first {@code n} DX, then Wilder-smoothed; a bar whose {@code S(TR)}
 * or {@code +DI + -DI} is 0 leaves ADX unchanged (TA-Lib skips it; TA-Lib tests against 1e-8, this
 * kernel against 0). All three outputs start together at warm-up {@code 2n - 1} (TA-Lib's ADX
 * outBegIdx; its DI alone would start at {@code n}); leading NaNs shift it; interior NaN
 * propagates.
 */
public final class Adx {
  private Adx() {}

  public static int warmup(int period) {
    return 2 * period - 1;
  }

  /** Caller owns the three outputs (same length as the inputs). */
  public static void compute(
      double[] high,
      double[] low,
      double[] close,
      int period,
      double[] adx,
      double[] plusDi,
      double[] minusDi) {
    Checks.atLeast(period, 2, "period");
    Kernels.sameLength(close, high, "high");
    Kernels.sameLength(close, low, "low");
    Kernels.sameLength(close, adx, "adx");
    Kernels.sameLength(close, plusDi, "plusDi");
    Kernels.sameLength(close, minusDi, "minusDi");
    int start = Kernels.firstFinite(high, low, close);
    int first = start + warmup(period);
    Kernels.nanUntil(adx, first);
    Kernels.nanUntil(plusDi, first);
    Kernels.nanUntil(minusDi, first);
    double plusDm = 0;
    double minusDm = 0;
    double tr = 0;
    double sumDx = 0;
    double value = 0;
    for (int i = start + 1; i < close.length; i++) {
      double up = high[i] - high[i - 1];
      double down = low[i - 1] - low[i];
      if (i >= start + period) {
        plusDm -= plusDm / period;
        minusDm -= minusDm / period;
        tr -= tr / period;
      }
      if (down > 0 && up < down) {
        minusDm += down;
      } else if (up > 0 && up > down) {
        plusDm += up;
      }
      tr += TrueRange.of(high[i], low[i], close[i - 1]);
      if (i < start + period) {
        continue;
      }
      double pdi = tr == 0 ? 0 : 100 * (plusDm / tr);
      double mdi = tr == 0 ? 0 : 100 * (minusDm / tr);
      double sumDi = pdi + mdi;
      boolean defined = tr != 0 && sumDi != 0;
      double dx = defined ? 100 * (Math.abs(pdi - mdi) / sumDi) : 0;
      if (i < first) {
        sumDx += dx;
        continue;
      }
      if (i == first) {
        value = (sumDx + dx) / period;
      } else if (defined) {
        value = (value * (period - 1) + dx) / period;
      }
      adx[i] = value;
      plusDi[i] = pdi;
      minusDi[i] = mdi;
    }
  }
}
