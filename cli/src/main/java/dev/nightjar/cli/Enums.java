package dev.nightjar.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants as users write them: lower case with dashes ({@code next-open}). */
final class Enums {
  private Enums() {}

  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @throws IllegalArgumentException naming the option, the value and the allowed labels
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
    for (E e : type.getEnumConstants()) {
      if (label(e).equalsIgnoreCase(text.trim())) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        option
            + ": expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enums::label)
                .collect(Collectors.joining(", "))
            + ", got '"
            + text
            + "'");
  }
}
