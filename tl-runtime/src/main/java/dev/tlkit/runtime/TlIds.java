package dev.tlkit.runtime;

/**
 * Constructor ids that the runtime itself must know: the TL core types that are not generated
 * from a schema but read and written directly by {@link TlReader} and {@link TlWriter}, and by the
 * generated dispatcher and {@code tlc}'s schema-driven encoder, which take them from here. (Which
 * id a schema's {@code gzip_packed} has is the schema's: generated code gives it to the runtime in
 * {@link TlSchema}.)
 */
public final class TlIds {
  /** {@code vector#1cb5c415 {t:Type} # [ t ] = Vector t}: the id before every boxed vector. */
  public static final int VECTOR = 0x1cb5c415;

  /** {@code boolTrue#997275b5 = Bool}. */
  public static final int BOOL_TRUE = 0x997275b5;

  /** {@code boolFalse#bc799737 = Bool}. */
  public static final int BOOL_FALSE = 0xbc799737;

  /** {@code gzip_packed#3072cfa1 packed_data:bytes = Object}: a boxed object, gzip-compressed. */
  public static final int GZIP_PACKED = 0x3072cfa1;

  private TlIds() {}

  /**
   * Formats a constructor id the way TL schemas write it: eight lower-case hex digits, no prefix.
   *
   * @param id a constructor id
   * @return for example {@code "1cb5c415"}
   */
  public static String hex(int id) {
    String digits = Integer.toHexString(id);
    return "00000000".substring(digits.length()) + digits;
  }
}
