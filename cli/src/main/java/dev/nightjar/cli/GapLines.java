package dev.nightjar.cli;

import dev.nightjar.data.TimeFormat;
import dev.nightjar.data.io.Gap;
import dev.nightjar.data.io.Gaps;
import java.io.PrintWriter;

/** The gap lines of import and validation output. */
final class GapLines {
  private GapLines() {}

  static void print(PrintWriter out, Gaps gaps, int filledBars) {
    if (gaps.count() == 0) {
      out.println("  no gaps");
      return;
    }
    out.printf(
        "  %s gaps (%s missing bars), longest %s%s%n",
        Formats.count(gaps.count()),
        Formats.count(gaps.missingBars()),
        Formats.duration(gaps.longestMillis()),
        filledBars > 0 ? "; filled " + Formats.count(filledBars) + " flat bars" : "");
    for (Gap gap : gaps.first()) {
      out.printf(
          "    after %s: %s missing bars%n", TimeFormat.iso(gap.lastBefore()), gap.missingBars());
    }
  }
}
