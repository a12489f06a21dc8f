package dev.nightjar.optimizer.spec;

import dev.nightjar.data.Timeframe;
import java.util.HashSet;
import java.util.List;

/**
 * Which bars a sweep runs on: symbols (or {@link #ALL} for every cached symbol of the timeframe),
 * the timeframe, and the open-time window {@code [from, to)} in epoch ms. Symbols are upper-cased
 * names; entries that look like file paths ({@link #isFile}) are kept exactly as given. Whether the
 * data exist is checked when the sweep resolves them against the cache, not here.
 *
 * @param symbols symbol names or file paths, no duplicates; or {@code ["*"]}
 * @param timeframe the bars' timeframe
 * @param from first open time included, {@link Long#MIN_VALUE} when unbounded
 * @param to first open time excluded, {@link Long#MAX_VALUE} when unbounded
 */
public record DataSelection(List<String> symbols, Timeframe timeframe, long from, long to) {
  /** The symbol list meaning every cached symbol of the timeframe. */
  public static final String ALL = "*";

  public DataSelection {
    if (symbols == null || symbols.isEmpty() || timeframe == null) {
      throw new IllegalArgumentException("data needs at least one symbol and a timeframe");
    }
    symbols = List.copyOf(symbols);
    if (new HashSet<>(symbols).size() != symbols.size()) {
      throw new IllegalArgumentException("symbols must not repeat, got " + symbols);
    }
    if (symbols.contains(ALL) && symbols.size() > 1) {
      throw new IllegalArgumentException("'*' cannot be combined with other symbols");
    }
    if (from >= to) {
      throw new IllegalArgumentException("from must be < to, got " + from + " >= " + to);
    }
  }

  /** Whether the sweep runs on every cached symbol of the timeframe. */
  public boolean allCached() {
    return symbols.equals(List.of(ALL));
  }

  /** Whether a symbols entry names a file: it contains '/' or ends in .bars, .csv or .json. */
  public static boolean isFile(String entry) {
    return entry.contains("/")
        || entry.endsWith(".bars")
        || entry.endsWith(".csv")
        || entry.endsWith(".json");
  }
}
