package dev.nightjar.cli;

import dev.nightjar.data.io.DuplicatePolicy;
import picocli.CommandLine.ITypeConverter;

/** {@code --on-duplicate error|keep-first|keep-last}. */
final class DuplicatePolicyConverter implements ITypeConverter<DuplicatePolicy> {
  @Override
  public DuplicatePolicy convert(String value) {
    return Enums.parse(DuplicatePolicy.class, value, "--on-duplicate");
  }
}
