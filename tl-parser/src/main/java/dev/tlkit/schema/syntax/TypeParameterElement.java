package dev.tlkit.schema.syntax;

import dev.tlkit.schema.Location;

/** {@code {X:Type}} as written; the linker checks that {@code kind} is {@code Type} or {@code #}. */
public record TypeParameterElement(Location location, String name, String kind) {

  public String toTl() {
    return "{" + name + ":" + kind + "}";
  }
}
