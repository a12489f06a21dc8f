package dev.nightjar.optimizer.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightjar.data.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * JSON text to a tree, for the strict readers: a duplicate key or trailing text is an error, and
 * where the text is not JSON, says so and where.
 */
public final class JsonText {
  private static final ObjectMapper STRICT =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonText() {}

  /**
   * Reads and parses {@code file} (UTF-8).
   *
   * @throws ConfigException naming the line and column when the text is not valid JSON
   * @throws UncheckedIOException when the file is missing or cannot be read
   */
  public static JsonNode read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file);
  }

  /**
   * Parses {@code text} as if read from {@code file} (named in messages).
   *
   * @throws ConfigException naming the line and column when the text is not valid JSON
   */
  public static JsonNode parse(String text, Path file) {
    try {
      return STRICT.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ConfigException(
          file, null, "not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }
}
