package dev.nightjar.backtest.engine;

import dev.nightjar.data.DataException;
import dev.nightjar.data.io.TimeText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Historical funding rates from CSV ({@code --funding-csv}, {@code fundingCsv} in specs): a header
 * naming a time column ({@code time}, {@code timestamp}, {@code fundingTime} or {@code
 * funding_time}; epoch s/ms/µs/ns or ISO-8601) and a rate column ({@code rate}, {@code fundingRate}
 * or {@code funding_rate}; a fraction per funding interval). Rows may come in any order.
 */
public final class FundingCsv {
  private static final List<String> TIME =
      List.of("time", "timestamp", "fundingtime", "funding_time");
  private static final List<String> RATE = List.of("rate", "fundingrate", "funding_rate");

  private FundingCsv() {}

  /**
   * Reads the schedule, sorted by time.
   *
   * @throws DataException naming file, line, column and value of a bad row, or a repeated time
   */
  public static Funding.Schedule read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new DataException(file, "empty file: expected a header with time and rate columns");
      }
      List<String> names = Arrays.asList(header.toLowerCase(Locale.ROOT).split(",", -1));
      int timeCol = indexOfAny(names, TIME);
      int rateCol = indexOfAny(names, RATE);
      if (timeCol < 0 || rateCol < 0) {
        throw new DataException(
            file, 1, null, header, "expected a header with a time column and a rate column");
      }
      long[] times = new long[1024];
      double[] rates = new double[1024];
      int n = 0;
      long line = 1;
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        line++;
        if (row.isBlank()) {
          continue;
        }
        String[] cells = row.split(",", -1);
        if (cells.length <= Math.max(timeCol, rateCol)) {
          throw new DataException(file, line, null, row, "too few columns");
        }
        if (n == times.length) {
          times = Arrays.copyOf(times, 2 * n);
          rates = Arrays.copyOf(rates, 2 * n);
        }
        times[n] = time(file, line, names.get(timeCol), cells[timeCol]);
        rates[n] = rate(file, line, names.get(rateCol), cells[rateCol]);
        n++;
      }
      return sorted(file, Arrays.copyOf(times, n), Arrays.copyOf(rates, n));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long time(Path file, long line, String column, String cell) {
    try {
      return TimeText.parseMillis(cell);
    } catch (IllegalArgumentException e) {
      throw new DataException(file, line, column, cell, "expected epoch or ISO-8601 time");
    }
  }

  private static double rate(Path file, long line, String column, String cell) {
    try {
      double r = Double.parseDouble(cell.trim());
      if (Double.isFinite(r) && Math.abs(r) < 1) {
        return r;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DataException(
        file, line, column, cell, "expected a funding rate fraction in (-1, 1)");
  }

  private static Funding.Schedule sorted(Path file, long[] times, double[] rates) {
    Integer[] order = new Integer[times.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
    long[] t = new long[times.length];
    double[] r = new double[times.length];
    for (int i = 0; i < order.length; i++) {
      t[i] = times[order[i]];
      r[i] = rates[order[i]];
      if (i > 0 && t[i] == t[i - 1]) {
        throw new DataException(file, "two funding rates at time " + t[i]);
      }
    }
    return new Funding.Schedule(t, r);
  }

  private static int indexOfAny(List<String> names, List<String> wanted) {
    for (int i = 0; i < names.size(); i++) {
      if (wanted.contains(names.get(i).trim())) {
        return i;
      }
    }
    return -1;
  }
}
