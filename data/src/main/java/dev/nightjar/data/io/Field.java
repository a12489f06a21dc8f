package dev.nightjar.data.io;

import java.util.Locale;

/** The six values of a bar as they appear in a row; the canonical column names for messages. */
enum Field {
  TIME,
  OPEN,
  HIGH,
  LOW,
  CLOSE,
  VOLUME;

  static final Field[] ALL = values();

  /** The canonical lower-case name, e.g. {@code close}. */
  String canonical() {
    return name().toLowerCase(Locale.ROOT);
  }
}
