package dev.tlkit.schema;

/**
 * The types every TL schema may use without declaring them. Their wire forms are fixed by the TL
 * binary rules, not by a combinator, so the generator maps each one to a Java type by hand.
 */
public enum Builtin {
  /** 32-bit little-endian integer. */
  INT("int"),
  /** 64-bit little-endian integer. */
  LONG("long"),
  /**
   * TDLib's {@code int53}: an integer of at most 53 bits (a chat id, a message id), written as a
   * 64-bit little-endian integer; a {@code long} in Java, and in JSON a number, which JavaScript's
   * doubles hold exactly, where a {@code long} is a string.
   */
  INT53("int53"),
  /** IEEE 754 double, little-endian. */
  DOUBLE("double"),
  /** Length-prefixed, padded UTF-8 text. */
  STRING("string"),
  /** Length-prefixed, padded bytes: the same wire form as string. */
  BYTES("bytes"),
  /** 16 raw bytes. */
  INT128("int128"),
  /** 32 raw bytes. */
  INT256("int256"),
  /** {@code boolTrue} or {@code boolFalse}, boxed. */
  BOOL("Bool"),
  /** The type {@code True}, which takes no bytes; as {@code flags.N?true}, a flag bit. */
  TRUE("true");

  private final String tlName;

  Builtin(String tlName) {
    this.tlName = tlName;
  }

  /** The name schemas use for it. */
  public String tlName() {
    return tlName;
  }
}
