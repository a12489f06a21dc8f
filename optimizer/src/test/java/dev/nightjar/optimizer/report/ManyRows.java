package dev.nightjar.optimizer.report;

import dev.nightjar.optimizer.Combination;
import dev.nightjar.optimizer.ResultRow;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A synthetic sweep of {@code 2 × perSymbol} rows generated on the fly, never held in a list:
 * combination i is TinySweep's combination {@code i mod 4} under id i, with sharpe {@code (i · 7919
 * mod 1000) / 100} and 10 trades. Run as a program (in a child JVM with a small heap) it writes the
 * rebuild outputs for {@code args[1]} rows per symbol into the folder {@code args[0]}.
 */
final class ManyRows {
  private ManyRows() {}

  static SweepInfo info() {
    SweepInfo tiny = TinySweep.info(20);
    return new SweepInfo(
        tiny.name(),
        tiny.sweepId(),
        tiny.specHash(),
        tiny.nightjarVersion(),
        tiny.createdAt(),
        tiny.symbols(),
        tiny.strategies(),
        id -> {
          Combination c = TinySweep.COMBINATIONS.get(id % 4);
          return new Combination(id, c.strategy(), c.params());
        },
        tiny.objective(),
        tiny.filters(),
        tiny.top());
  }

  static Iterator<ResultRow> rows(int perSymbol) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < 2 * perSymbol;
      }

      @Override
      public ResultRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return TinySweep.row(i / perSymbol, i % perSymbol, (i * 7919L) % 1000 / 100.0, 10);
      }
    };
  }

  public static void main(String[] args) {
    SweepReport.rebuild(Path.of(args[0]), info(), rows(Integer.parseInt(args[1])), null);
  }
}
