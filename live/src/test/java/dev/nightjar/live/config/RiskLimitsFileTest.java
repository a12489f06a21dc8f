package dev.nightjar.live.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskLimitsFileTest {
  @TempDir Path dir;

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("limits.json"), json);
  }

  @Test
  void readsEveryField() throws IOException {
    Path f =
        write(
            "{\"schema\": \"nightjar.live-limits/1\", \"maxLeverage\": 5, \"maxPositionFraction\":"
                + " 0.5, \"maxStopDistance\": 0.1, \"dailyLossLimit\": 0.03, \"maxDrawdown\": 0.2,"
                + " \"maxConsecutiveErrors\": 7, \"flattenOnKill\": false}");
    assertEquals(new RiskLimits(5, 0.5, 0.1, 0.03, 0.2, 7, false), RiskLimitsFile.read(f));
  }

  @Test
  void missingFieldsKeepTheDefaults() throws IOException {
    Path f = write("{\"schema\": \"nightjar.live-limits/1\", \"maxLeverage\": 2}");
    RiskLimits d = RiskLimits.defaults();
    assertEquals(
        new RiskLimits(
            2,
            d.maxPositionFraction(),
            d.maxStopDistance(),
            d.dailyLossLimit(),
            d.maxDrawdown(),
            d.maxConsecutiveErrors(),
            d.flattenOnKill()),
        RiskLimitsFile.read(f));
  }

  @Test
  void everyProblemAtOnce() throws IOException {
    Path f =
        write(
            "{\"schema\": \"nightjar.live-limits/2\", \"maxLeverage\": 50, \"dailyLossLimit\": -1,"
                + " \"maxConsecutiveErrors\": 0, \"flattenOnKill\": \"yes\", \"maxLoss\": 1}");
    ConfigException e = assertThrows(ConfigException.class, () -> RiskLimitsFile.read(f));
    String m = e.getMessage();
    assertTrue(m.contains("6 problems"), m);
    assertTrue(m.contains("$.maxLoss: unknown field"), m);
    assertTrue(m.contains("$.schema: expected \"nightjar.live-limits/1\""), m);
    assertTrue(m.contains("$.maxLeverage: must be in [1, 20], got 50"), m);
    assertTrue(m.contains("$.dailyLossLimit: must be in (0, 0.5], got -1"), m);
    assertTrue(m.contains("$.maxConsecutiveErrors: must be in [1, 100], got 0"), m);
    assertTrue(m.contains("$.flattenOnKill: expected true or false"), m);
  }

  /** A limit given twice is refused rather than silently taking the last value. */
  @Test
  void aDuplicateFieldIsRefusedWithWhereItIs() throws IOException {
    Path f =
        write(
            "{\"schema\": \"nightjar.live-limits/1\",\n \"maxLeverage\": 2, \"maxLeverage\": 20}");
    ConfigException e = assertThrows(ConfigException.class, () -> RiskLimitsFile.read(f));
    assertTrue(e.getMessage().contains("Duplicate field 'maxLeverage'"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
