package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
  @TempDir Path dir;

  private Path file(String perms) throws IOException {
    Path f = dir.resolve("phemex.properties");
    Files.writeString(
        f, "NIGHTJAR_PHEMEX_API_KEY=key-0123456789\nNIGHTJAR_PHEMEX_API_SECRET=s3cr3t-value\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
    return f;
  }

  @Test
  void loadsAnOwnerOnlyFile() throws IOException {
    Credentials c = Credentials.fromFile(file("rw-------"));
    assertEquals("key-0123456789", c.apiKey());
    assertEquals(
        "s3cr3t-value", new String(c.secretBytes(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void refusesAGroupOrWorldReadableFileAndSaysChmod600() throws IOException {
    for (String perms : new String[] {"rw-r--r--", "rw-r-----", "rw----r--"}) {
      Path f = file(perms);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(f));
      assertTrue(e.getMessage().contains("chmod 600 " + f), e.getMessage());
      assertFalse(e.getMessage().contains("s3cr3t-value"));
    }
  }

  @Test
  void loadsFromTheEnvironmentAndNamesAMissingVariable() {
    Credentials c =
        Credentials.fromEnv(
            Map.of(Credentials.ENV_KEY, "k-1", Credentials.ENV_SECRET, "s3cr3t-value"));
    assertEquals("k-1", c.apiKey());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Credentials.fromEnv(Map.of(Credentials.ENV_KEY, "k-1")));
    assertTrue(e.getMessage().contains(Credentials.ENV_SECRET));
  }

  @Test
  void toStringMasksBothValues() {
    String s = new Credentials("key-0123456789", "s3cr3t-value").toString();
    assertFalse(s.contains("s3cr3t-value"), s);
    assertFalse(s.contains("key-0123456789"), s);
    assertTrue(s.contains("***"), s);
  }
}
