package dev.tlkit.runtime;

/**
 * A named set of TL fields: what {@link TlJson} and {@link TlTree} print. Every {@link TlObject} is
 * one; so are objects that tools read with a schema alone, without generated classes (such as
 * {@code tlc decode --schema}), which have fields to show but no code to write them.
 */
public interface TlRecord {
  /**
   * Returns the name of the constructor or function in the schema, with its namespace.
   *
   * @return for example {@code "phone.requestCall"}
   */
  String tlName();

  /**
   * Calls {@code v} for each field in schema order with its TL name ({@code snake_case}) and
   * value. Absent optional fields are skipped; {@code flags.N?true} fields are always visited, as
   * {@link Boolean}; the {@code #} fields holding flags are never visited. Values are {@link
   * Integer}, {@link Long}, {@link Double}, {@link String}, {@link TlBytes} (bytes, int128,
   * int256), {@link Boolean}, {@link java.util.List} of these, or {@link TlRecord}.
   *
   * @param v the visitor
   */
  void visitFields(TlFieldVisitor v);
}
