package dev.nightjar.data.io;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Cell text that is neither a decimal number nor a time, by construction. */
final class Garbage {
  private Garbage() {}

  /**
   * Digits around one character no number or time contains ({@code x # ? ! / @ %}), or a malformed
   * number shape ({@code 1..2}, {@code --3}, {@code 4e}, {@code e5}, {@code .}).
   */
  static Arbitrary<String> text() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMaxLength(5);
    Arbitrary<String> bad = Arbitraries.of("x", "#", "?", "!", "/", "@", "%", "NaN", "Infinity");
    Arbitrary<String> mixed = Combinators.combine(digits, bad, digits).as((a, b, c) -> a + b + c);
    Arbitrary<String> shapes =
        digits
            .filter(d -> !d.isEmpty())
            .flatMap(
                d ->
                    Arbitraries.of(
                        d + ".." + d, "--" + d, d + "e", "e" + d, ".", d + "-", "+-" + d));
    return Arbitraries.oneOf(mixed, shapes);
  }
}
