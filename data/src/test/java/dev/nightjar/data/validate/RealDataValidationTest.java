package dev.nightjar.data.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.SharedData;
import dev.nightjar.data.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validator on the shared real data; expected numbers come from PROVENANCE.md. */
class RealDataValidationTest {
  static ValidationReport validate(String name) {
    return Validator.validateFile(SharedData.file(name), null, null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "backtestingpy_GOOG_1d.csv, 2148, 1d",
    "backtestingpy_EURUSD_1h.csv, 5000, 1h",
    // monthly, dated the month's last day: the spacings are whole days
    "backtestingpy_BTCUSD_1mo.csv, 156, 1d",
    "freqtrade_UNITTEST_BTC-1m.json, 13681, 1m",
    "freqtrade_UNITTEST_BTC-1m.csv, 13681, 1m",
    "ta4j_AAPL-PT1D-20130102_20131231.csv, 252, 1d",
    "ta4j_Coinbase-BTC-USD-PT4H-20160518_20251028.json, 20695, 4h",
    "ta4j_Coinbase-BTC-USD-PT4H.csv, 20695, 4h",
    "ta4j_Binance-ETH-USD-PT5M-20230313_20230315.json, 580, 5m",
    "ta4j_BinanceUS-ETH-USD-PT5M.csv, 580, 5m",
    // weekly, but Fridays: not aligned to Monday weeks, so 1d
    "ta4j_GOLD-weekly-xls-input.csv, 365, 1d",
    "binance_BTCUSDT_1h_cdd_clean.csv, 33412, 1h",
  })
  void cleanFilesHaveNoErrorsAndTheirTimeframeIsInferred(String name, long rows, String tf) {
    ValidationReport r = validate(name);
    assertEquals(0, r.errorCount(), r::toText);
    assertEquals(rows, r.rows());
    assertEquals(Timeframe.parse(tf), r.timeframe());
    assertTrue(r.timeframeInferred());
  }

  @Test
  void cleanCddFileHasEightGapsAnd117ZeroVolumeBars() {
    ValidationReport r = validate("binance_BTCUSDT_1h_cdd_clean.csv");
    assertEquals(8, r.gaps().count());
    assertEquals(117, r.finding(Check.ZERO_VOLUME).count());
    assertEquals(1502942400000L, r.firstTime());
    assertEquals(1623279600000L, r.lastTime());
  }

  @Test
  void closeTimesAreTurnedIntoOpenTimesOnceTheTimeframeIsInferred() {
    ValidationReport r = validate("ta4j_Binance-ETH-USD-PT5M-20230313_20230315.json");
    assertEquals(1678730400000L, r.firstTime()); // 2023-03-13T18:00Z, as PROVENANCE says
    assertEquals(0, r.gaps().count());
  }

  @Test
  void rawCddHasEveryRepeatedHourAsAConflict() {
    ValidationReport r = validate("cryptodatadownload_Binance_BTCUSDT_1h_raw.csv");
    assertEquals(36062, r.rows());
    // PROVENANCE: 2649 hours appear twice; the Python scan found no pair identical in OHLCV
    // (those equal in OHLC differ in volume), so all are conflicts.
    Finding conflicts = r.finding(Check.CONFLICTING_DUPLICATE);
    assertEquals(2649, conflicts.count());
    assertEquals(0, r.finding(Check.EXACT_DUPLICATE).count());
    Occurrence first = conflicts.first().get(0);
    assertEquals(1596322800000L, first.time());
    assertEquals(10128, first.line());
    assertTrue(first.detail().startsWith("same open time as line 10127 "), first.detail());
    assertEquals(2649, r.errorCount());
    assertEquals(Timeframe.H1, r.timeframe());
  }
}
