package dev.nightjar.live.phemex;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Field readers for Phemex JSON: real values arrive as strings such as "0.01" or "2.0E8". */
final class Json {
  private Json() {}

  /** The decimal at {@code field}, or {@code fallback} when absent or null. */
  static BigDecimal decimal(JsonNode node, String field, BigDecimal fallback) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.asText().isEmpty()) {
      return fallback;
    }
    try {
      return new BigDecimal(v.asText());
    } catch (NumberFormatException e) {
      throw new PhemexException(
          ErrorKind.MALFORMED_RESPONSE, 0, 200, "field '" + field + "' is not a number");
    }
  }

  /** The decimal at {@code field}; a missing field is a malformed response. */
  static BigDecimal decimal(JsonNode node, String field) {
    BigDecimal v = decimal(node, field, null);
    if (v == null) {
      throw new PhemexException(ErrorKind.MALFORMED_RESPONSE, 0, 200, "missing '" + field + "'");
    }
    return v;
  }

  /** The text at {@code field}, or "" when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
