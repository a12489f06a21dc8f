package dev.nightjar.data.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nightjar.data.DataException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads {@link Format#JSON_ARRAY}: {@code [[ts_ms, open, high, low, close, volume, ...], ...]}
 * (freqtrade and ccxt dumps), values as numbers or strings, extra trailing values ignored. Streams
 * with Jackson's {@link JsonParser}; a row's line is the line of its opening bracket.
 */
final class JsonArrayReader {
  private JsonArrayReader() {}

  static void read(Path file, JsonParser p, RawRows rows) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw new DataException(file, line(p), null, null, "expected a JSON array of arrays");
    }
    rows.numberRowsInMessages();
    RowFields fields = new RowFields();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      long line = line(p);
      if (t != JsonToken.START_ARRAY) {
        p.skipChildren();
        rows.rejectRow(line, null, p.getText(), "expected an array row");
        continue;
      }
      fields.clear();
      int n = 0;
      boolean bad = false;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
          p.skipChildren();
          bad = true;
        } else if (n < 6 && t != JsonToken.VALUE_NULL) {
          fields.copy(Field.ALL[n], p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        n++;
      }
      if (bad || n < 6) {
        rows.rejectRow(line, null, null, "expected at least 6 scalar values, got " + n);
      } else {
        rows.accept(line, fields);
      }
    }
  }

  static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }
}
