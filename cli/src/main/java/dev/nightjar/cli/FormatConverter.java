package dev.nightjar.cli;

import dev.nightjar.data.io.Format;
import picocli.CommandLine.ITypeConverter;

/** {@code --format csv|binance|json|json-objects|cryptodatadownload}. */
final class FormatConverter implements ITypeConverter<Format> {
  @Override
  public Format convert(String value) {
    return Format.parse(value);
  }
}
