package dev.tlkit.schema;

/**
 * One parameter of a combinator: {@code user_id:InputUser}, {@code flags:#},
 * {@code video:flags.0?true}. {@code condition} is null for a parameter that is always present.
 */
public record Parameter(String name, TypeRef type, FlagCondition condition, Location location) {

  /** A {@code #} parameter: a bit field whose bits say which optional parameters are present. */
  public boolean isFlags() {
    return type instanceof TypeRef.Nat;
  }

  /** Present only when its flag bit is set. */
  public boolean isOptional() {
    return condition != null;
  }

  /** {@code name:flags.N?true}: all the information is in the bit, nothing is on the wire. */
  public boolean isTrueFlag() {
    return condition != null
        && type instanceof TypeRef.Named n
        && n.name().equals("true");
  }

  /** Canonical TL text: {@code name:flags.N?Type}. */
  public String toTl() {
    return name + ":" + (condition == null ? "" : condition + "?") + type.toTl();
  }
}
