#!/usr/bin/env python3
"""Independent reference for GoldenRunTest: writes golden_60d.csv (bars + targets),
golden_60d_trades.csv and golden_60d_metrics.csv.

Written separately from the Java engine, spreadsheet style: one row per bar, plain Python floats,
no shared code. Rules (Engine javadoc): target decided on bar i's close fills at bar i+1's open;
NaN keeps the target; a change closes the open trade then opens the new one sized from the cash
(all-in: units = cash / (q + p*fee), q = p*(1 +- spread)*(1 +- slip)); exits fill at
p*(1 -+ slip); fee on both fills; funding 3x per day at the bar's open price on the position held
after the open fill; stop-loss at entry*(1 -+ sl) checked from the entry bar on, gap -> open;
after a stop the target is not re-entered until it changes; the open trade is closed at the last
close. Config: cash 10000, fee 0.001, spread 0.0005, slippage 2 bps, stop-loss 4 %, funding
0.0001 per 8 h, leverage 1 with maintenance margin 0 (no liquidation can happen).

Run: python3 golden_reference.py   (from this folder)
"""
import math

N = 60
CASH, FEE, SPREAD, SLIP, SL, FUND = 10000.0, 0.001, 0.0005, 0.0002, 0.04, 0.0001
T0, DAY = 1704067200000, 86400000  # 2024-01-01T00:00Z

# --- the series: a smooth wave plus drift plus a faster wiggle, rounded to cents ---
close = [round(100 + 8 * math.sin(i / 4) + 0.25 * i + 3 * math.sin(i * 1.7), 2) for i in range(N)]
open_ = [100.0] + [round(close[i - 1] + 0.8 * math.sin(i * 2.3), 2) for i in range(1, N)]
high = [round(max(open_[i], close[i]) + 0.5 + abs(math.sin(i * 0.9)), 2) for i in range(N)]
low = [round(min(open_[i], close[i]) - 0.5 - 2 * abs(math.cos(i * 1.3)), 2) for i in range(N)]
# --- targets: long above the 5-bar mean of closes, short below, NaN during the warm-up ---
target = []
for i in range(N):
    if i < 4:
        target.append(float('nan'))
    else:
        m = sum(close[i - 4:i + 1]) / 5
        target.append(1.0 if close[i] > m else -1.0)

cash = CASH
pos = 0; units = entry = efee = fund = 0.0; ebar = -1
desired = 0; blocked = None
trades, equity, exposed = [], [], []
fees_total = funding_total = 0.0


def close_trade(bar, price, reason):
    global cash, pos, fees_total, blocked
    xfee = units * price * FEE
    gross = pos * units * (price - entry)
    cash += gross - xfee
    fees_total += xfee
    pnl = gross - efee - xfee - fund
    trades.append(dict(entryBar=ebar, exitBar=bar, side='LONG' if pos > 0 else 'SHORT', units=units,
                       entryPrice=entry, exitPrice=price, pnl=pnl, returnPct=pnl / (units * entry),
                       fees=efee + xfee, funding=fund, reason=reason))
    if reason == 'STOP_LOSS':
        blocked = desired
    pos = 0


for i in range(N):
    held_at_start = pos != 0
    if i > 0:
        t = target[i - 1]
        if t == t:
            d = 1 if t > 0 else (-1 if t < 0 else 0)
            if d != desired:
                desired, blocked = d, None
        want = 0 if blocked == desired else desired
        if want != pos:
            p = open_[i]
            if pos != 0:
                close_trade(i, p * (1 - pos * SLIP), 'SIGNAL')
            if want != 0:
                q = p * (1 + want * SPREAD) * (1 + want * SLIP)
                units = cash / (q + p * FEE)
                pos, entry, ebar, fund = want, q, i, 0.0
                efee = units * q * FEE
                cash -= efee
                fees_total += efee
    if pos != 0:  # three funding times (00:00, 08:00, 16:00) in every daily bar
        for _ in range(3):
            pay = pos * units * open_[i] * FUND
            cash -= pay; fund += pay; funding_total += pay
    if pos != 0:
        stop = entry * (1 - pos * SL)
        if pos * (open_[i] - stop) <= 0:
            close_trade(i, open_[i] * (1 - pos * SLIP), 'STOP_LOSS')
        elif (pos > 0 and low[i] <= stop) or (pos < 0 and high[i] >= stop):
            close_trade(i, stop * (1 - pos * SLIP), 'STOP_LOSS')
    if i == N - 1 and pos != 0:
        close_trade(i, close[i] * (1 - pos * SLIP), 'END_OF_DATA')
    equity.append(cash + (pos * units * (close[i] - entry) if pos else 0.0))
    exposed.append(held_at_start or pos != 0 or ebar == i)

# --- metrics, by their definitions on Metric ---
Y = 365.0
r = [equity[i] / (equity[i - 1] if i else CASH) - 1 for i in range(N)]
mean = sum(r) / N
sd = math.sqrt(sum((x - mean) ** 2 for x in r) / (N - 1))
down = math.sqrt(sum(min(x, 0) ** 2 for x in r) / N)
peak, peak_bar, depth, episodes = CASH, 0, 0.0, []
for i in range(N + 1):
    if i == N or equity[i] >= peak:
        if depth > 0:
            episodes.append((depth, (N - 1 if i == N else i) - peak_bar))
            depth = 0.0
        if i < N:
            peak, peak_bar = equity[i], i
    else:
        depth = max(depth, 1 - equity[i] / peak)
max_dd = max(d for d, _ in episodes)
cagr = (equity[-1] / CASH) ** (Y / N) - 1
pnls = [t['pnl'] for t in trades]
rets = [t['returnPct'] for t in trades]
k = len(trades)
wins = [p for p in pnls if p > 0]
losses = [-p for p in pnls if p < 0]
mp = sum(pnls) / k
sdp = math.sqrt(sum((p - mp) ** 2 for p in pnls) / (k - 1))
w = len(wins) / k
metrics = {
    'total_return': equity[-1] / CASH - 1,
    'cagr': cagr,
    'annual_return': mean * Y,
    'annual_volatility': sd * math.sqrt(Y),
    'sharpe': mean / sd * math.sqrt(Y),
    'sortino': mean / down * math.sqrt(Y),
    'calmar': cagr / max_dd,
    'max_drawdown': max_dd,
    'max_drawdown_bars': max(b for _, b in episodes),
    'avg_drawdown': sum(d for d, _ in episodes) / len(episodes),
    'trades': k,
    'win_rate': w,
    'profit_factor': sum(wins) / sum(losses),
    'expectancy': mp,
    'sqn': math.sqrt(k) * mp / sdp,
    'exposure': sum(exposed) / N,
    'best_trade': max(rets),
    'worst_trade': min(rets),
    'avg_trade': sum(rets) / k,
    'avg_trade_bars': sum(t['exitBar'] - t['entryBar'] for t in trades) / k,
    'max_trade_bars': max(t['exitBar'] - t['entryBar'] for t in trades),
    'kelly': w - (1 - w) / ((sum(wins) / len(wins)) / (sum(losses) / len(losses))),
    'buy_and_hold_return': close[-1] / close[0] - 1,
    'total_fees': fees_total,
    'total_funding': funding_total,
    'final_equity': equity[-1],
    'peak_equity': max([CASH] + equity),
}

with open('golden_60d.csv', 'w') as f:
    f.write('# 60 synthetic daily bars and targets for GoldenRunTest; made by golden_reference.py\n')
    f.write('timestamp_ms,open,high,low,close,target\n')
    for i in range(N):
        f.write(f'{T0 + i * DAY},{open_[i]!r},{high[i]!r},{low[i]!r},{close[i]!r},{target[i]!r}\n')
with open('golden_60d_trades.csv', 'w') as f:
    f.write('# expected trades, computed by golden_reference.py (independent of the engine)\n')
    cols = ['entryBar', 'exitBar', 'side', 'units', 'entryPrice', 'exitPrice', 'pnl', 'returnPct',
            'fees', 'funding', 'reason']
    f.write(','.join(cols) + '\n')
    for t in trades:
        f.write(','.join(repr(t[c]) if isinstance(t[c], float) else str(t[c]) for c in cols) + '\n')
with open('golden_60d_metrics.csv', 'w') as f:
    f.write('# expected metrics, computed by golden_reference.py (independent of the engine)\n')
    f.write('metric,value\n')
    for name, v in metrics.items():
        f.write(f'{name},{float(v)!r}\n')
print(k, 'trades; final equity', equity[-1])
