package dev.tlkit.runtime;

/**
 * Receives the fields of a {@link TlRecord} from {@link TlRecord#visitFields(TlFieldVisitor)}: a
 * reflection-free way for tools to walk any generated object.
 */
@FunctionalInterface
public interface TlFieldVisitor {
  /**
   * Receives one field.
   *
   * @param name the field's name in the schema, for example {@code "user_id"}
   * @param value its value: {@link Integer}, {@link Long}, {@link Double}, {@link String}, {@link
   *     TlBytes}, {@link Boolean}, {@link java.util.List} of these, or {@link TlRecord}
   */
  void field(String name, Object value);
}
