package dev.nightjar.backtest.engine;

import dev.nightjar.backtest.metrics.MetricsAccumulator;
import dev.nightjar.data.BarSeries;
import java.util.List;

/**
 * One run of the {@link Engine} loop: configuration unpacked into primitives, the state of the open
 * trade, and the optional recorders (null in a metrics-only run). The rules are documented on
 * {@link Engine}. It can stop after any bar and go on later ({@link #advance}), reading targets
 * that were appended in between: that is how a {@link MetricsRun} is fed block by block.
 */
final class Simulation {
  private static final int NO_BLOCK = 2;

  private final BarSeries s;
  private final PriceColumns columns;
  private final long[] time;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final SparseTargets targets;
  private final boolean batchQuietBars;
  private final int n;
  private final boolean nextOpen;
  private final CloseAtEnd closeAtEnd;
  private final double fee;
  private final double spread;
  private final double slip;
  private final Sizing sizing;
  private final boolean wholeUnits;
  private final double lotSize;
  private final double minNotional;
  private final double leverage;
  private final double mmr;
  private final double stopLoss;
  private final double takeProfit;
  private final double trailingStop;
  private final Funding funding;
  private final boolean fundingOn;
  private final long lastBarMillis;

  private final MetricsAccumulator acc;
  private final List<Trade> trades;
  private final List<Rejection> rejections;
  private final double[] equityOut;

  private double cash;
  private int desired;
  private int blocked = NO_BLOCK;
  private int pos;
  private double units;
  private double entryPrice;
  private double entryFee;
  private double tradeFunding;
  private double margin;
  private int entryBar = -1;
  private double liqPrice;
  private double fixedStop;
  private double trailLevel;
  private double stopLevel;
  private double takePrice;
  private double adverseTrigger;
  private double best;

  /** The next entry of {@link #targets} to read. */
  private int cursor;

  /** The entries in {@link #targets} when the current {@link #advance} began. */
  private int signals;

  /** The next bar to simulate. */
  private int next;

  private long nextFundingTime = Long.MAX_VALUE;
  private double nextFundingRate;
  private int fundingIndex;

  Simulation(
      PriceColumns columns,
      SparseTargets targets,
      EngineConfig c,
      List<Trade> trades,
      List<Rejection> rejections,
      double[] equityOut) {
    this.s = columns.series();
    this.columns = columns;
    this.time = columns.time;
    this.open = columns.open;
    this.high = columns.high;
    this.low = columns.low;
    this.close = columns.close;
    this.targets = targets;
    this.n = columns.size();
    this.nextOpen = c.fill() == FillTiming.NEXT_OPEN;
    this.closeAtEnd = c.closeAtEnd();
    this.fee = c.fee();
    this.spread = c.spread();
    this.slip = c.slippageBps() / 10_000;
    this.sizing = c.sizing();
    this.wholeUnits = sizing.wholeUnits();
    this.lotSize = c.lotSize();
    this.minNotional = c.minNotional();
    this.leverage = c.leverage();
    this.mmr = c.maintenanceMarginRate();
    this.stopLoss = c.stopLoss();
    this.takeProfit = c.takeProfit();
    this.trailingStop = c.trailingStop();
    this.funding = c.funding();
    this.fundingOn = !(funding instanceof Funding.None);
    this.lastBarMillis = s.timeframe().millis();
    this.cash = c.cash();
    this.acc = new MetricsAccumulator(c.cash());
    this.trades = trades;
    this.rejections = rejections;
    this.equityOut = equityOut;
    this.batchQuietBars = equityOut == null && !fundingOn && trailingStop == 0;
    if (fundingOn) {
      startFunding(time[0]);
    }
  }

  /** Simulates every bar and writes the metrics into {@code out}. */
  void run(double[] out) {
    advance(n);
    finish(out);
  }

  /**
   * Simulates bars [{@link #next}, {@code limit}). The targets of those bars must all be in {@link
   * #targets} (with NEXT_OPEN fills the last one is acted on in the next call).
   *
   * @throws IllegalArgumentException when an unread target lies before a bar already simulated
   */
  void advance(int limit) {
    signals = targets.size();
    if (cursor < signals && targets.bar(cursor) < next - (nextOpen ? 1 : 0)) {
      throw new IllegalArgumentException(
          "target at bar "
              + targets.bar(cursor)
              + " is too late: bars up to "
              + (next - 1)
              + " ran");
    }
    int last = n - 1;
    for (int i = next; i < limit; i++) {
      boolean exposed = pos != 0;
      if (nextOpen && i > 0) {
        int want = want(i - 1);
        if (want != pos) {
          rebalance(want, i, open[i]);
        }
      }
      if (i == last && closeAtEnd == CloseAtEnd.OPEN && pos != 0) {
        exit(i, open[i], ExitReason.END_OF_DATA);
      }
      if (fundingOn) {
        fund(i);
      }
      if (pos != 0) {
        double adverse = pos > 0 ? low[i] : high[i];
        double favourable = pos > 0 ? high[i] : low[i];
        if (pos * (adverse - adverseTrigger) <= 0 || pos * (favourable - takePrice) >= 0) {
          hitRisk(i);
        }
        if (trailingStop > 0 && pos != 0) {
          trail(favourable);
        }
      }
      if (!nextOpen) {
        int want = want(i);
        if (want != pos) {
          rebalance(want, i, close[i]);
        }
      }
      if (i == last && closeAtEnd == CloseAtEnd.CLOSE && pos != 0) {
        exit(i, close[i], ExitReason.END_OF_DATA);
      }
      boolean barExposed = exposed || pos != 0 || entryBar == i;
      if (batchQuietBars && barExposed == (pos != 0)) {
        i = holdQuietBars(i, i + 1, Math.min(limit, last)) - 1;
        continue;
      }
      double equity = pos == 0 ? cash : cash + pos * units * (close[i] - entryPrice);
      acc.onBar(time[i], equity, barExposed);
      if (equityOut != null) {
        equityOut[i] = equity;
      }
      if (batchQuietBars) {
        i = holdQuietBars(i + 1, i + 1, Math.min(limit, last)) - 1;
      }
    }
    next = limit;
  }

  /** Drops the targets already acted on, so a run fed block by block holds only a few. */
  void dropReadTargets() {
    targets.removeFirst(cursor);
    cursor = 0;
  }

  /** Writes the metrics into {@code out}; after the last bar. */
  void finish(double[] out) {
    acc.finish(s.timeframe().barsPerYear(), close[n - 1] / close[0] - 1, out);
  }

  /**
   * The metrics-only fast path (no equity curve, no funding, no trailing stop): bars from {@code
   * from} on, before {@code end} (at most the last bar), in which nothing can happen — the target
   * read there is NaN (keep) and the bar's range reaches neither the stop/liquidation trigger nor
   * the take-profit — go to the metrics in one batch ({@link MetricsAccumulator#onHeldBars}), since
   * their equity only marks the unchanged position to the close. After every fully simulated bar
   * the wanted side equals {@code pos} (a fill, a rejection or a risk exit makes it so), and a NaN
   * target does not change it, so skipping these bars is exact, bit for bit. The stretch ends where
   * the next target acts ({@link #nextSignal}, a lookup in the sparse targets) or at the first bar
   * leaving the price band ({@link PriceColumns#firstOutside}, a test per block of bars); when flat
   * the band is unbounded. The batch starts at {@code first} ≤ {@code from}: bars [first, from)
   * were simulated in full and hold the same position to their close, with exposed = position ≠ 0,
   * so their equity is the batch's (a trade's bar joins the stretch after it). Full runs keep the
   * bar-by-bar loop, so the property {@code EngineProperties.metricsOnlyEqualsTheFullRunBitForBit}
   * checks this path. Returns the first bar that needs the full rules.
   */
  private int holdQuietBars(int first, int from, int end) {
    int stop = from;
    if (from < end) {
      double floor = Double.NEGATIVE_INFINITY;
      double ceiling = Double.POSITIVE_INFINITY;
      if (pos > 0) {
        floor = adverseTrigger;
        ceiling = takePrice;
      } else if (pos < 0) {
        floor = takePrice;
        ceiling = adverseTrigger;
      }
      stop = columns.firstOutside(from, nextSignal(end), floor, ceiling);
    }
    acc.onHeldBars(time, close, first, stop, cash, pos * units, entryPrice);
    return stop;
  }

  /**
   * The bar at which the next unread target acts — its own bar, or the next one with NEXT_OPEN
   * fills — capped at {@code end}.
   */
  private int nextSignal(int end) {
    return cursor < signals ? Math.min(end, targets.bar(cursor) + (nextOpen ? 1 : 0)) : end;
  }

  /**
   * Reads the target of bar k (targets are read in bar order, each once; a bar without an entry is
   * NaN, keep) and returns the wanted side: the target's sign, or flat while that sign is blocked
   * (after a stop or a rejection, until the target changes).
   */
  private int want(int k) {
    if (cursor < signals && targets.bar(cursor) == k) {
      double t = targets.value(cursor++);
      int d = t > 0 ? 1 : (t < 0 ? -1 : 0);
      if (d != desired) {
        desired = d;
        blocked = NO_BLOCK;
      }
    }
    return desired == blocked ? 0 : desired;
  }

  /** Closes the open trade, then opens {@code want} (if not flat), both at {@code price}. */
  private void rebalance(int want, int bar, double price) {
    if (pos != 0) {
      exit(bar, price, ExitReason.SIGNAL);
    }
    if (want != 0) {
      enter(want, bar, price);
    }
  }

  private void enter(int side, int bar, double p) {
    double q = side > 0 ? p * (1 + spread) * (1 + slip) : p * (1 - spread) * (1 - slip);
    double u = sizing.budget(cash, leverage) / (q + p * fee);
    if (wholeUnits) {
      u = Math.floor(u);
    }
    if (lotSize > 0) {
      u = Math.floor(u / lotSize) * lotSize;
    }
    RejectReason why = null;
    if (!(u > 0)) {
      why = RejectReason.ZERO_SIZE;
    } else if (u * q < minNotional) {
      why = RejectReason.BELOW_MIN_NOTIONAL;
    } else if (u * q / leverage > cash) {
      why = RejectReason.INSUFFICIENT_MARGIN;
    }
    if (why != null) {
      reject(side, bar, u, q, why);
      return;
    }
    pos = side;
    units = u;
    entryPrice = q;
    entryBar = bar;
    entryFee = u * q * fee;
    cash -= entryFee;
    acc.onFee(entryFee);
    tradeFunding = 0;
    margin = u * q / leverage;
    liqPrice = q * (1 - side * (1 / leverage - mmr));
    double none = side > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    fixedStop = stopLoss > 0 ? q * (1 - side * stopLoss) : none;
    trailLevel = trailingStop > 0 ? q * (1 - side * trailingStop) : none;
    takePrice = takeProfit > 0 ? q * (1 + side * takeProfit) : -none;
    best = q;
    updateTriggers();
  }

  /**
   * An entry skipped: counted, recorded in a full run, and not retried until the target changes.
   */
  private void reject(int side, int bar, double u, double q, RejectReason why) {
    acc.onRejection();
    if (rejections != null) {
      rejections.add(new Rejection(bar, time[bar], Side.of(side), u, q, why));
    }
    blocked = desired;
  }

  /**
   * The active stop is the tighter of the fixed and trailing stops; the trigger adds liquidation.
   */
  private void updateTriggers() {
    stopLevel = pos > 0 ? Math.max(fixedStop, trailLevel) : Math.min(fixedStop, trailLevel);
    adverseTrigger = pos > 0 ? Math.max(stopLevel, liqPrice) : Math.min(stopLevel, liqPrice);
  }

  private void trail(double favourable) {
    if (pos * (favourable - best) > 0) {
      best = favourable;
      trailLevel = best * (1 - pos * trailingStop);
      updateTriggers();
    }
  }

  /** Something was touched in bar i: decide what happened first, pessimistically. */
  private void hitRisk(int i) {
    double o = open[i];
    double adverse = pos > 0 ? low[i] : high[i];
    double favourable = pos > 0 ? high[i] : low[i];
    if (pos * (o - liqPrice) <= 0) {
      liquidate(i);
    } else if (pos * (o - stopLevel) <= 0) {
      exit(i, o, stopReason());
    } else if (pos * (adverse - stopLevel) <= 0 && pos * (stopLevel - liqPrice) > 0) {
      exit(i, stopLevel, stopReason());
    } else if (pos * (adverse - liqPrice) <= 0) {
      liquidate(i);
    } else if (pos * (favourable - takePrice) >= 0) {
      exit(i, pos * (o - takePrice) >= 0 ? o : takePrice, ExitReason.TAKE_PROFIT);
    }
  }

  private ExitReason stopReason() {
    return trailLevel == stopLevel && trailLevel != fixedStop
        ? ExitReason.TRAILING_STOP
        : ExitReason.STOP_LOSS;
  }

  /** A market exit at raw price p, slippage against the position. */
  private void exit(int bar, double p, ExitReason reason) {
    double fill = p * (1 - pos * slip);
    close(bar, fill, reason, pos * units * (fill - entryPrice), units * fill * fee);
  }

  private void liquidate(int bar) {
    close(bar, liqPrice, ExitReason.LIQUIDATION, -margin, 0);
  }

  private void close(int bar, double price, ExitReason reason, double gross, double exitFee) {
    cash += gross - exitFee;
    acc.onFee(exitFee);
    double fees = entryFee + exitFee;
    double pnl = gross - fees - tradeFunding;
    double ret = pnl / (units * entryPrice);
    acc.onTrade(pnl, ret, bar - entryBar, reason == ExitReason.LIQUIDATION);
    if (trades != null) {
      trades.add(
          new Trade(
              entryBar,
              time[entryBar],
              bar,
              time[bar],
              Side.of(pos),
              units,
              entryPrice,
              price,
              pnl,
              ret,
              fees,
              tradeFunding,
              reason));
    }
    if (reason != ExitReason.SIGNAL && reason != ExitReason.END_OF_DATA) {
      blocked = desired;
    }
    pos = 0;
  }

  private void startFunding(long firstTime) {
    if (funding instanceof Funding.Constant c) {
      long step = Funding.Constant.INTERVAL_MS;
      nextFundingTime = Math.floorDiv(firstTime + step - 1, step) * step;
      nextFundingRate = c.ratePer8h();
    } else if (funding instanceof Funding.Schedule sch) {
      while (fundingIndex < sch.size() && sch.timeAt(fundingIndex) < firstTime) {
        fundingIndex++;
      }
      loadScheduled(sch);
    }
  }

  private void loadScheduled(Funding.Schedule sch) {
    if (fundingIndex < sch.size()) {
      nextFundingTime = sch.timeAt(fundingIndex);
      nextFundingRate = sch.rateAt(fundingIndex);
    } else {
      nextFundingTime = Long.MAX_VALUE;
    }
  }

  /** Charges every funding time in bar i's span [time(i), time(i+1)). */
  private void fund(int i) {
    long end = i + 1 < n ? time[i + 1] : time[i] + lastBarMillis;
    while (nextFundingTime < end) {
      if (pos != 0) {
        double pay = pos * units * open[i] * nextFundingRate;
        cash -= pay;
        tradeFunding += pay;
        acc.onFunding(pay);
      }
      if (funding instanceof Funding.Schedule sch) {
        fundingIndex++;
        loadScheduled(sch);
      } else {
        nextFundingTime += Funding.Constant.INTERVAL_MS;
      }
    }
  }
}
