package dev.tlkit.schema;

/** A type variable declared in braces: {@code {X:Type}}. {@code kind} is {@code Type} or {@code #}. */
public record TypeParameter(String name, String kind, Location location) {

  public String toTl() {
    return "{" + name + ":" + kind + "}";
  }
}
