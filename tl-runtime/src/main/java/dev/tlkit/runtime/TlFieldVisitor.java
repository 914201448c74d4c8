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

  /**
   * Receives a field of TDLib's {@code int53}s: a {@link Long}, or a list of them (to any depth),
   * that JSON writes as numbers where a {@code long} is a string. Unless overridden, it is
   * {@link #field(String, Object)}.
   *
   * @param name the field's name in the schema, for example {@code "chat_id"}
   * @param value its value: a {@link Long} or a {@link java.util.List} of them
   */
  default void int53(String name, Object value) {
    field(name, value);
  }
}
