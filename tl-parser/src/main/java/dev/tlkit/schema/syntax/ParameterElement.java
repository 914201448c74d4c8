package dev.tlkit.schema.syntax;

import dev.tlkit.schema.Location;

/** {@code name:Type} or {@code name:flags.N?Type}; {@code condition} is null when always present. */
public record ParameterElement(
    Location location, String name, FlagConditionElement condition, TypeElement type) {

  public String toTl() {
    return name + ":" + (condition == null ? "" : condition.toTl()) + type.toTl();
  }
}
