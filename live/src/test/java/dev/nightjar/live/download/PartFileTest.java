package dev.nightjar.live.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nightjar.data.BarSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileTest {
  private static final long H = 3_600_000L;
  private static final long T0 = 1_700_000_000_000L / H * H;

  @TempDir Path dir;

  private static BarSeries page(int from, int n) {
    return Served.bars(Served.BTC_1H, T0 + from * H, n);
  }

  @Test
  void pagesSurviveReopeningBitForBit() {
    Path file = dir.resolve("1h/BTCUSDT.bars.part");
    BarSeries a = page(0, 5);
    try (PartFile part = PartFile.open(file, Served.BTC_1H, "src")) {
      part.append(new TimeRange(T0, T0 + 5 * H), a);
      part.append(new TimeRange(T0 + 5 * H, T0 + 9 * H), page(5, 0));
    }
    try (PartFile part = PartFile.open(file, Served.BTC_1H, "src")) {
      List<PartFile.Page> pages = part.pages();
      assertEquals(2, pages.size());
      assertEquals(new TimeRange(T0, T0 + 5 * H), pages.get(0).range());
      Served.assertSameBars(a, pages.get(0).bars());
      assertTrue(pages.get(1).bars().isEmpty());
      assertFalse(part.discardedOther());
    }
  }

  @Test
  void aTornLastLineIsDroppedAndLaterAppendsStayReadable() throws Exception {
    Path file = dir.resolve("BTCUSDT.bars.part");
    try (PartFile part = PartFile.open(file, Served.BTC_1H, "src")) {
      part.append(new TimeRange(T0, T0 + 3 * H), page(0, 3));
    }
    long whole = Files.size(file);
    // A crash in the middle of writing the second page: half a line, no newline.
    Files.writeString(file, "{\"from\":1,\"to\":2,\"t\":[1,", StandardOpenOption.APPEND);
    try (PartFile part = PartFile.open(file, Served.BTC_1H, "src")) {
      assertEquals(1, part.pages().size());
      assertEquals(whole, Files.size(file), "the torn tail is truncated");
      part.append(new TimeRange(T0 + 3 * H, T0 + 6 * H), page(3, 3));
    }
    try (PartFile part = PartFile.open(file, Served.BTC_1H, "src")) {
      assertEquals(2, part.pages().size());
      Served.assertSameBars(page(3, 3), part.pages().get(1).bars());
    }
  }

  @Test
  void anotherSourceIsDiscardedNotMixedIn() {
    Path file = dir.resolve("BTCUSDT.bars.part");
    try (PartFile part = PartFile.open(file, Served.BTC_1H, "testnet")) {
      part.append(new TimeRange(T0, T0 + 3 * H), page(0, 3));
    }
    try (PartFile part = PartFile.open(file, Served.BTC_1H, "mainnet")) {
      assertTrue(part.pages().isEmpty());
      assertTrue(part.discardedOther());
    }
  }
}
