package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignerTest {
  private static final String SECRET = "dummy-secret-for-tests";

  /**
   * Vectors from shared/PHEMEX.md §1.2 ("Self-computed test vectors", secret
   * dummy-secret-for-tests, computed there with javax.crypto.Mac and cross-checked with Python
   * hmac; not from Phemex). Messages split as path | query | expiry | body, from the documented
   * signature examples 2 and 3 (Phemex's own example gives no signature value).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "/orders/activeList|ordStatus=New&ordStatus=PartiallyFilled&ordStatus=Untriggered&symbol=BTCUSD|1575735951||"
            + "e486c273fb7130e75ff897b92e22eb47faacf679f3172984d0930cc5590c5506",
        "/g-orders/create|clOrdID=test-0001&symbol=BTCUSDT&side=Buy&posSide=Merged&ordType=Limit&priceRp=20000&orderQtyRq=0.001|1575735514||"
            + "ee816ae13ee95e2b273414178e2a947e0c7622d33f3e13d799d66c03dcc44cc7",
        "/g-orders||1575735514|`{\"symbol\":\"BTCUSDT\",\"clOrdID\":\"test-0001\",\"side\":\"Buy\",\"posSide\":\"Merged\",\"ordType\":\"Limit\",\"priceRp\":\"20000\",\"orderQtyRq\":\"0.001\"}`|"
            + "5a56b97ad496acc115328e980d2c67c463e491756c187d46db1ddcbb261b0fc6"
      })
  void matchesThePublishedVectors(
      String path, String query, long expiry, String body, String expected) {
    Signer signer = new Signer(new Credentials("key", SECRET), () -> 0L);
    String q = query == null ? "" : query;
    String b = body == null ? "" : body;
    assertEquals(expected, signer.sign(path, q, expiry, b));
    // And independently of Signer: the documented string, HMAC'd here with javax.crypto.Mac.
    assertEquals(expected, hmac(path + q + expiry + b));
  }

  @Test
  void signsDocumentedExampleOneExactly() throws Exception {
    // PHEMEX.md §1.2 signature example 1: the message is
    // "/accounts/accountPositionscurrency=BTC1575735514".
    Signer signer = new Signer(new Credentials("key", SECRET), () -> 0L);
    assertEquals(
        hmac("/accounts/accountPositionscurrency=BTC1575735514"),
        signer.sign("/accounts/accountPositions", "currency=BTC", 1575735514L, ""));
  }

  @Test
  void webSocketAuthMatchesThePublishedVector() {
    // PHEMEX.md §1.2 table, last row: HMAC(apiKey + expiry).
    Signer signer =
        new Signer(new Credentials("806066b0-f02b-4d3e-b444-76ec718e1023", SECRET), () -> 0L);
    assertEquals(
        "29d1e2e6103c993136842bce09aecadf62110c10d0c603dd9a94766480e0f65d",
        signer.signWebSocketAuth(1570091232L));
  }

  @ParameterizedTest
  @CsvSource({
    // local ms, server offset ms -> expiry = floor((local + offset) / 1000) + 60
    "1575735454000, 0, 1575735514",
    "1575735454999, 0, 1575735514",
    "1575735454000, 1500, 1575735515",
    "1575735454000, -2001, 1575735511",
  })
  void expiryIsServerNowPlusSixtySecondsInSeconds(long local, long offset, long expected) {
    Signer signer = new Signer(new Credentials("key", SECRET), () -> local);
    // The server read happens at local instant `local` with a zero round trip.
    signer.learnOffset(local, local + offset, local);
    assertEquals(offset, signer.offsetMillis());
    assertEquals(expected, signer.expiry());
  }

  @Test
  void offsetUsesTheMidpointOfTheRoundTrip() {
    Signer signer = new Signer(new Credentials("key", SECRET), () -> 0L);
    // Sent at 1000, answered at 1200: the server read 5100 at about local 1100, so offset 4000.
    signer.learnOffset(1000, 5100, 1200);
    assertEquals(4000, signer.offsetMillis());
  }

  private static String hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
