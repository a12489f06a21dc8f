package dev.nightjar.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import dev.nightjar.backtest.indicator.Adx;
import dev.nightjar.backtest.indicator.Aroon;
import dev.nightjar.backtest.indicator.Atr;
import dev.nightjar.backtest.indicator.BollingerBands;
import dev.nightjar.backtest.indicator.Cci;
import dev.nightjar.backtest.indicator.Dema;
import dev.nightjar.backtest.indicator.Donchian;
import dev.nightjar.backtest.indicator.Ema;
import dev.nightjar.backtest.indicator.Ichimoku;
import dev.nightjar.backtest.indicator.Keltner;
import dev.nightjar.backtest.indicator.Macd;
import dev.nightjar.backtest.indicator.Momentum;
import dev.nightjar.backtest.indicator.Obv;
import dev.nightjar.backtest.indicator.ParabolicSar;
import dev.nightjar.backtest.indicator.Roc;
import dev.nightjar.backtest.indicator.RollingStdDev;
import dev.nightjar.backtest.indicator.RollingVwap;
import dev.nightjar.backtest.indicator.Rsi;
import dev.nightjar.backtest.indicator.Sma;
import dev.nightjar.backtest.indicator.Stochastic;
import dev.nightjar.backtest.indicator.SuperTrend;
import dev.nightjar.backtest.indicator.Tema;
import dev.nightjar.backtest.indicator.TrueRange;
import dev.nightjar.backtest.indicator.WilliamsR;
import dev.nightjar.backtest.indicator.Wma;
import dev.nightjar.backtest.indicator.ZScore;
import dev.nightjar.data.BarSeries;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indicator kernels against TA-Lib Java 0.4.0's {@link Core} on the same seeded random-walk OHLCV
 * arrays, one call over all {@code n} bars per invocation, on one core.
 *
 * <p><b>Units.</b> The score is the average time of one call in ns; ns/bar = score / n. ({@code
 * OperationsPerInvocation} cannot take the {@code n} parameter, so the division happens when the
 * results are tabulated: {@code bench/summarize.py}.) Benchmarks come in pairs {@code
 * <kernel>Nightjar} / {@code <kernel>TaLib} computing the same outputs with the parameters of
 * {@code TaLibReferenceTest} at our catalog's defaults; the ratio nightjar / TA-Lib of one run is
 * what to read, since both sides share the machine's state. ADX is compared against TA-Lib's ADX,
 * PLUS_DI and MINUS_DI calls together, since ours writes all three in one pass. The {@code
 * <kernel>Nightjar} methods without a TA-Lib twin (supertrend, donchian, keltner, vwap, ichimoku,
 * zscore) are there for the record.
 *
 * <p><b>No allocation in the measured call.</b> Output arrays (and TA-Lib's begin/count holders)
 * are allocated in {@code @Setup}; our kernels allocate at most O(period) scratch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 250, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx2g"})
public class IndicatorBenchmark {
  private static final Core TA = new Core();

  @Param({"1000", "100000", "1000000"})
  public int n;

  private double[] high;
  private double[] low;
  private double[] close;
  private double[] volume;
  private double[] out0;
  private double[] out1;
  private double[] out2;
  private double[] out3;
  private MInteger begin;
  private MInteger count;

  @Setup
  public void prepare() {
    BarSeries s = BenchData.randomWalk(n, 4);
    high = s.highs();
    low = s.lows();
    close = s.closes();
    volume = s.volumes();
    out0 = new double[n];
    out1 = new double[n];
    out2 = new double[n];
    out3 = new double[n];
    begin = new MInteger();
    count = new MInteger();
  }

  /** TA-Lib signals bad arguments by return code; a benchmark of a failed call would be void. */
  private double[] ok(RetCode rc) {
    if (rc != RetCode.Success) {
      throw new IllegalStateException("TA-Lib returned " + rc);
    }
    return out0;
  }

  @Benchmark
  public double[] smaNightjar() {
    Sma.compute(close, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] smaTaLib() {
    return ok(TA.sma(0, n - 1, close, 20, begin, count, out0));
  }

  @Benchmark
  public double[] emaNightjar() {
    Ema.compute(close, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] emaTaLib() {
    return ok(TA.ema(0, n - 1, close, 20, begin, count, out0));
  }

  @Benchmark
  public double[] wmaNightjar() {
    Wma.compute(close, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] wmaTaLib() {
    return ok(TA.wma(0, n - 1, close, 20, begin, count, out0));
  }

  @Benchmark
  public double[] demaNightjar() {
    Dema.compute(close, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] demaTaLib() {
    return ok(TA.dema(0, n - 1, close, 20, begin, count, out0));
  }

  @Benchmark
  public double[] temaNightjar() {
    Tema.compute(close, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] temaTaLib() {
    return ok(TA.tema(0, n - 1, close, 20, begin, count, out0));
  }

  @Benchmark
  public double[] stddevNightjar() {
    RollingStdDev.compute(close, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] stddevTaLib() {
    return ok(TA.stdDev(0, n - 1, close, 20, 1.0, begin, count, out0));
  }

  @Benchmark
  public double[] rsiNightjar() {
    Rsi.compute(close, 14, out0);
    return out0;
  }

  @Benchmark
  public double[] rsiTaLib() {
    return ok(TA.rsi(0, n - 1, close, 14, begin, count, out0));
  }

  @Benchmark
  public double[] trangeNightjar() {
    TrueRange.compute(high, low, close, out0);
    return out0;
  }

  @Benchmark
  public double[] trangeTaLib() {
    return ok(TA.trueRange(0, n - 1, high, low, close, begin, count, out0));
  }

  @Benchmark
  public double[] atrNightjar() {
    Atr.compute(high, low, close, 14, out0);
    return out0;
  }

  @Benchmark
  public double[] atrTaLib() {
    return ok(TA.atr(0, n - 1, high, low, close, 14, begin, count, out0));
  }

  @Benchmark
  public double[] bbandsNightjar() {
    BollingerBands.compute(close, 20, 2.0, out0, out1, out2);
    return out0;
  }

  @Benchmark
  public double[] bbandsTaLib() {
    return ok(TA.bbands(0, n - 1, close, 20, 2.0, 2.0, MAType.Sma, begin, count, out0, out1, out2));
  }

  @Benchmark
  public double[] macdNightjar() {
    Macd.compute(close, 12, 26, 9, out0, out1, out2);
    return out0;
  }

  @Benchmark
  public double[] macdTaLib() {
    return ok(TA.macd(0, n - 1, close, 12, 26, 9, begin, count, out0, out1, out2));
  }

  @Benchmark
  public double[] stochNightjar() {
    Stochastic.compute(high, low, close, 14, 3, 3, out0, out1);
    return out0;
  }

  @Benchmark
  public double[] stochTaLib() {
    return ok(
        TA.stoch(
            0,
            n - 1,
            high,
            low,
            close,
            14,
            3,
            MAType.Sma,
            3,
            MAType.Sma,
            begin,
            count,
            out0,
            out1));
  }

  @Benchmark
  public double[] willrNightjar() {
    WilliamsR.compute(high, low, close, 14, out0);
    return out0;
  }

  @Benchmark
  public double[] willrTaLib() {
    return ok(TA.willR(0, n - 1, high, low, close, 14, begin, count, out0));
  }

  @Benchmark
  public double[] cciNightjar() {
    Cci.compute(high, low, close, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] cciTaLib() {
    return ok(TA.cci(0, n - 1, high, low, close, 20, begin, count, out0));
  }

  @Benchmark
  public double[] rocNightjar() {
    Roc.compute(close, 10, out0);
    return out0;
  }

  @Benchmark
  public double[] rocTaLib() {
    return ok(TA.roc(0, n - 1, close, 10, begin, count, out0));
  }

  @Benchmark
  public double[] momNightjar() {
    Momentum.compute(close, 10, out0);
    return out0;
  }

  @Benchmark
  public double[] momTaLib() {
    return ok(TA.mom(0, n - 1, close, 10, begin, count, out0));
  }

  @Benchmark
  public double[] adxNightjar() {
    Adx.compute(high, low, close, 14, out0, out1, out2);
    return out0;
  }

  @Benchmark
  public double[] adxTaLib() {
    ok(TA.adx(0, n - 1, high, low, close, 14, begin, count, out0));
    ok(TA.plusDI(0, n - 1, high, low, close, 14, begin, count, out1));
    return ok(TA.minusDI(0, n - 1, high, low, close, 14, begin, count, out2));
  }

  @Benchmark
  public double[] obvNightjar() {
    Obv.compute(close, volume, out0);
    return out0;
  }

  @Benchmark
  public double[] obvTaLib() {
    return ok(TA.obv(0, n - 1, close, volume, begin, count, out0));
  }

  @Benchmark
  public double[] aroonNightjar() {
    Aroon.compute(high, low, 14, out0, out1);
    return out0;
  }

  @Benchmark
  public double[] aroonTaLib() {
    return ok(TA.aroon(0, n - 1, high, low, 14, begin, count, out0, out1));
  }

  @Benchmark
  public double[] sarNightjar() {
    ParabolicSar.compute(high, low, 0.02, 0.2, out0);
    return out0;
  }

  @Benchmark
  public double[] sarTaLib() {
    return ok(TA.sar(0, n - 1, high, low, 0.02, 0.2, begin, count, out0));
  }

  @Benchmark
  public double[] supertrendNightjar() {
    SuperTrend.compute(high, low, close, 10, 3.0, out0, out1);
    return out0;
  }

  @Benchmark
  public double[] donchianNightjar() {
    Donchian.compute(high, low, 20, out0, out1, out2);
    return out0;
  }

  @Benchmark
  public double[] keltnerNightjar() {
    Keltner.compute(high, low, close, 20, 2.0, 10, out0, out1, out2);
    return out0;
  }

  @Benchmark
  public double[] vwapNightjar() {
    RollingVwap.compute(high, low, close, volume, 20, out0);
    return out0;
  }

  @Benchmark
  public double[] ichimokuNightjar() {
    Ichimoku.compute(high, low, 9, 26, 52, out0, out1, out2, out3);
    return out0;
  }

  @Benchmark
  public double[] zscoreNightjar() {
    ZScore.compute(close, 20, out0);
    return out0;
  }
}
