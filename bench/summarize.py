#!/usr/bin/env python3
"""Turns JMH JSON results (java -jar benchmarks.jar ... -rf json -rff FILE) into the Markdown tables
of bench/RESULTS.md.

Every figure is the median across forks of each fork's mean over its measurement iterations, so one
disturbed fork (other builds on a shared machine) does not move it. IndicatorBenchmark scores are ns
per call over n bars; ns/bar = score / n, and the ratio nightjar / TA-Lib compares medians from the
same run. Standard library only.

usage: bench/summarize.py bench/results/*.json
"""
import json
import re
import statistics
import sys


def fork_median(entry):
    """Median over forks of the per-fork mean, plus the lowest and highest fork mean."""
    means = [statistics.fmean(fork) for fork in entry["primaryMetric"]["rawData"]]
    return statistics.median(means), min(means), max(means)


def short(name):
    return name.rsplit(".", 2)[-2] + "." + name.rsplit(".", 1)[-1]


def indicators(entries):
    cells = {}
    kernels = []
    for e in entries:
        method = e["benchmark"].rsplit(".", 1)[-1]
        m = re.fullmatch(r"(\w+?)(Nightjar|TaLib)", method)
        kernel, side = m.group(1), m.group(2)
        n = int(e["params"]["n"])
        if kernel not in kernels:
            kernels.append(kernel)
        cells[(kernel, n, side)] = fork_median(e)[0] / n
    sizes = sorted({k[1] for k in cells})
    print("| kernel | n | nightjar ns/bar | TA-Lib ns/bar | nightjar / TA-Lib |")
    print("|---|---:|---:|---:|---:|")
    alone = []
    for kernel in kernels:
        if not any((kernel, n, "TaLib") in cells for n in sizes):
            alone.append(kernel)
            continue
        for n in sizes:
            ours = cells.get((kernel, n, "Nightjar"))
            ta = cells.get((kernel, n, "TaLib"))
            if ours is None or ta is None:
                continue
            print(f"| {kernel} | {n:,} | {ours:.2f} | {ta:.2f} | {ours / ta:.2f} |")
    if alone:
        print()
        print("| kernel (no TA-Lib twin) | n | nightjar ns/bar |")
        print("|---|---:|---:|")
        for kernel in alone:
            for n in sizes:
                if (kernel, n, "Nightjar") in cells:
                    print(f"| {kernel} | {n:,} | {cells[(kernel, n, 'Nightjar')]:.2f} |")


def others(entries):
    print("| benchmark | median | fork means (min .. max) | unit |")
    print("|---|---:|---:|---|")
    for e in entries:
        median, lo, hi = fork_median(e)
        unit = e["primaryMetric"]["scoreUnit"]
        if unit == "ops/s":
            print(f"| {short(e['benchmark'])} | {median / 1e6:.1f} | {lo / 1e6:.1f} .. {hi / 1e6:.1f} "
                  f"| M rows or bars/s |")
        else:
            print(f"| {short(e['benchmark'])} | {median:.2f} | {lo:.2f} .. {hi:.2f} | {unit} |")


def main(paths):
    for path in paths:
        with open(path) as f:
            entries = json.load(f)
        if not entries:
            continue
        print(f"<!-- {path} -->")
        if "IndicatorBenchmark" in entries[0]["benchmark"]:
            indicators(entries)
        else:
            others(entries)
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
