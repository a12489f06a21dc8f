package dev.nightjar.live.phemex;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A Phemex API key id and its secret. The secret leaves this object only as HMAC key bytes for
 * {@link Signer}; {@link #toString()} masks both values, and no error message ever contains them.
 *
 * <p>Sources: the environment ({@value #ENV_KEY}, {@value #ENV_SECRET}) or a properties file with
 * the same two keys that only its owner may read ({@code chmod 600}).
 */
public final class Credentials {
  public static final String ENV_KEY = "NIGHTJAR_PHEMEX_API_KEY";
  public static final String ENV_SECRET = "NIGHTJAR_PHEMEX_API_SECRET";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      Set.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private final String apiKey;
  private final byte[] secret;

  /** Takes the key id and the raw secret string (keyed as UTF-8 bytes, never Base64-decoded). */
  public Credentials(String apiKey, String apiSecret) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank");
    }
    if (apiSecret == null || apiSecret.isBlank()) {
      throw new IllegalArgumentException("apiSecret must not be blank");
    }
    this.apiKey = apiKey.strip();
    this.secret = apiSecret.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads {@value #ENV_KEY} and {@value #ENV_SECRET} from {@code env} (e.g. System.getenv()). */
  public static Credentials fromEnv(Map<String, String> env) {
    return of(env.get(ENV_KEY), env.get(ENV_SECRET), "environment");
  }

  /**
   * Reads a properties file holding {@value #ENV_KEY} and {@value #ENV_SECRET}. Refuses a file that
   * its group or others may access, or whose permissions cannot be checked.
   */
  public static Credentials fromFile(Path file) {
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      throw new IllegalArgumentException(
          "credentials file " + file + ": cannot check its POSIX permissions on this file system");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "credentials file " + file + ": cannot read it (" + e + ")");
    }
    if (!OWNER_ONLY.containsAll(perms)) {
      throw new IllegalArgumentException(
          "credentials file "
              + file
              + " is accessible by group or others ("
              + PosixFilePermissions.toString(perms)
              + "); run: chmod 600 "
              + file);
    }
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException | IllegalArgumentException e) {
      // Deliberately not chaining e: a parse error message could quote a line of the file.
      throw new IllegalArgumentException("credentials file " + file + ": cannot be parsed");
    }
    return of(
        props.getProperty(ENV_KEY), props.getProperty(ENV_SECRET), "credentials file " + file);
  }

  private static Credentials of(String key, String secret, String where) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(where + " has no " + ENV_KEY);
    }
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(where + " has no " + ENV_SECRET);
    }
    return new Credentials(key, secret);
  }

  /** The key id, sent as the {@code x-phemex-access-token} header. */
  public String apiKey() {
    return apiKey;
  }

  /** A copy of the secret's UTF-8 bytes, for the HMAC key only. */
  byte[] secretBytes() {
    return secret.clone();
  }

  @Override
  public String toString() {
    String tail = apiKey.length() > 8 ? apiKey.substring(apiKey.length() - 4) : "";
    return "Credentials[apiKey=***" + tail + ", apiSecret=***]";
  }
}
