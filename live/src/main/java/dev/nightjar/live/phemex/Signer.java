package dev.nightjar.live.phemex;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Phemex request signing: {@code signature = hex(HMAC_SHA256(key = secret UTF-8, msg = path +
 * queryString + expiry + body))}, lower-case hex, where expiry is epoch <b>seconds</b> = server now
 * + {@value #EXPIRY_SECONDS} s (PHEMEX.md §1.2). The server clock is the local clock plus an offset
 * learnt from {@code GET /public/time}. Thread-safe.
 */
public final class Signer {
  public static final long EXPIRY_SECONDS = 60;
  private static final String ALGORITHM = "HmacSHA256";

  private final Credentials credentials;
  private final LongSupplier clockMillis;
  private volatile long offsetMillis;

  /** {@code clockMillis} is the local epoch-millisecond clock (e.g. System::currentTimeMillis). */
  public Signer(Credentials credentials, LongSupplier clockMillis) {
    if (credentials == null || clockMillis == null) {
      throw new IllegalArgumentException("credentials and clockMillis must not be null");
    }
    this.credentials = credentials;
    this.clockMillis = clockMillis;
  }

  /**
   * Learns the offset from a server time read between local instants {@code sentMillis} and {@code
   * receivedMillis}: offset = server - (sent + received) / 2.
   */
  public void learnOffset(long sentMillis, long serverMillis, long receivedMillis) {
    offsetMillis = serverMillis - (sentMillis + (receivedMillis - sentMillis) / 2);
  }

  /** Server clock minus local clock, in milliseconds. */
  public long offsetMillis() {
    return offsetMillis;
  }

  /** Expiry for a request sent now: floor((local now + offset) / 1000) + 60, epoch seconds. */
  public long expiry() {
    return Math.floorDiv(clockMillis.getAsLong() + offsetMillis, 1000L) + EXPIRY_SECONDS;
  }

  /** The REST signature; {@code query} is the exact text after '?' ("" if none). */
  public String sign(String path, String query, long expiry, String body) {
    return hmacHex(path + query + expiry + body);
  }

  /** The WebSocket {@code user.auth} signature: HMAC of apiKey + expiry. */
  public String signWebSocketAuth(long expiry) {
    return hmacHex(credentials.apiKey() + expiry);
  }

  /** The key id to send alongside a signature. */
  public String apiKey() {
    return credentials.apiKey();
  }

  private String hmacHex(String message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(credentials.secretBytes(), ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "Signer[" + credentials + ", offsetMillis=" + offsetMillis + "]";
  }
}
