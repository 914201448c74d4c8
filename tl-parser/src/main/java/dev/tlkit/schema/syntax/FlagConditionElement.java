package dev.tlkit.schema.syntax;

import dev.tlkit.schema.Location;

/**
 * {@code flags.3?} as written. {@code bit} is kept as a long so that the linker can report a bit
 * outside 0..31 instead of the parser failing on it; numbers too long for a long are
 * {@link Long#MAX_VALUE}.
 */
public record FlagConditionElement(Location location, String field, long bit) {

  public String toTl() {
    return field + "." + bit + "?";
  }
}
