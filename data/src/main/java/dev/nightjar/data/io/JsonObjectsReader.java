package dev.nightjar.data.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nightjar.data.DataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link Format#JSON_OBJECTS}: an array of objects, at top level or under the single
 * array-valued field of a top-level object (Coinbase {@code {"candles": [...]}}, ta4j {@code
 * {"name": ..., "ohlc": [...]}}). Streams with Jackson's {@link JsonParser}.
 *
 * <p>Field names are matched case-insensitively, ignoring {@code _} and {@code -}: open time from
 * {@code start, time, timestamp, openTime, date, datetime, t}; or, when no open time is given, a
 * close time from {@code endTime, closeTime}, which is the last millisecond of the candle, so
 * {@code open = closeTime + 1 - timeframe}. Prices from {@code open/openPrice/o}, {@code
 * high/highPrice/h}, {@code low/lowPrice/l}, {@code close/closePrice/c}; volume from {@code
 * volume/vol/v}. Other fields are ignored. Values may be numbers or strings.
 */
final class JsonObjectsReader {
  private static final int CLOSE_TIME = 6;
  private static final int IGNORED = -1;
  private static final Map<String, Integer> ALIASES = aliases();

  private final Map<String, Integer> seen = new HashMap<>();
  private final RowFields fields = new RowFields();

  private JsonObjectsReader() {}

  static void read(Path file, JsonParser p, RawRows rows) throws IOException {
    JsonObjectsReader r = new JsonObjectsReader();
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      r.rows(p, rows);
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new DataException(file, JsonArrayReader.line(p), null, null, "expected JSON objects");
    }
    String arrayField = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (p.nextToken() == JsonToken.START_ARRAY) {
        if (arrayField != null) {
          throw new DataException(
              file,
              JsonArrayReader.line(p),
              name,
              null,
              "a second array-valued field; expected one (the first was '" + arrayField + "')");
        }
        arrayField = name;
        r.rows(p, rows);
      } else {
        p.skipChildren();
      }
    }
    if (arrayField == null) {
      throw new DataException(file, "no array-valued field holding the candles");
    }
  }

  /** Reads objects until the end of the current array. */
  private void rows(JsonParser p, RawRows rows) throws IOException {
    rows.numberRowsInMessages();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      long line = JsonArrayReader.line(p);
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        rows.rejectRow(line, null, p.getText(), "expected an object");
        continue;
      }
      fields.clear();
      boolean openTime = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        int code = code(name);
        if (t.isStructStart()) {
          p.skipChildren();
        } else if (code == IGNORED || t == JsonToken.VALUE_NULL) {
          continue;
        } else if (code == CLOSE_TIME) {
          if (!openTime) {
            set(Field.TIME, name, p);
            fields.timeIsCloseTime(true);
          }
        } else {
          set(Field.ALL[code], name, p);
          if (code == Field.TIME.ordinal()) {
            openTime = true;
            fields.timeIsCloseTime(false);
          }
        }
      }
      rows.accept(line, fields);
    }
  }

  private void set(Field f, String name, JsonParser p) throws IOException {
    fields.name(f, name);
    fields.copy(f, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  private int code(String name) {
    Integer c = seen.get(name);
    if (c == null) {
      String n = name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
      c = ALIASES.getOrDefault(n, IGNORED);
      seen.put(name, c);
    }
    return c;
  }

  private static Map<String, Integer> aliases() {
    Map<String, Integer> m = new HashMap<>();
    for (String s : new String[] {"start", "time", "timestamp", "opentime", "date", "datetime"}) {
      m.put(s, Field.TIME.ordinal());
    }
    m.put("t", Field.TIME.ordinal());
    m.put("endtime", CLOSE_TIME);
    m.put("closetime", CLOSE_TIME);
    for (Field f : new Field[] {Field.OPEN, Field.HIGH, Field.LOW, Field.CLOSE}) {
      m.put(f.canonical(), f.ordinal());
      m.put(f.canonical() + "price", f.ordinal());
      m.put(f.canonical().substring(0, 1), f.ordinal());
    }
    m.put("volume", Field.VOLUME.ordinal());
    m.put("vol", Field.VOLUME.ordinal());
    m.put("v", Field.VOLUME.ordinal());
    return Map.copyOf(m);
  }
}
