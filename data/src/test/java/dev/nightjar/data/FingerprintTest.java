package dev.nightjar.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static BarSeries series(double lastClose) {
    double[] c = {1, 2, lastClose};
    return BarSeries.of(
        SeriesId.parse("F:1h"),
        new long[] {0, 3_600_000, 7_200_000},
        c.clone(),
        c.clone(),
        c.clone(),
        c,
        new double[] {5, 6, 7});
  }

  @Test
  void crcCoversEveryColumnInOrder() {
    // Independent: lay the bytes out by hand, column after column, little-endian.
    ByteBuffer b = ByteBuffer.allocate(6 * 3 * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0).putLong(3_600_000).putLong(7_200_000);
    for (int col = 0; col < 4; col++) {
      b.putDouble(1).putDouble(2).putDouble(3);
    }
    b.putDouble(5).putDouble(6).putDouble(7);
    CRC32C crc = new CRC32C();
    crc.update(b.array());
    assertEquals(
        String.format("crc32c:%08x:n=3:0..7200000", crc.getValue()), Fingerprint.of(series(3)));
  }

  @Test
  void anyChangedValueChangesIt() {
    assertNotEquals(Fingerprint.of(series(3)), Fingerprint.of(series(3.0000000001)));
    assertTrue(Fingerprint.of(series(3).view(0, 0)).endsWith("n=0:empty"));
  }
}
