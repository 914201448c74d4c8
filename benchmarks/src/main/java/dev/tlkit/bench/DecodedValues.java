package dev.tlkit.bench;

import dev.tlkit.runtime.TlRecord;
import java.util.List;
import java.util.function.Consumer;

/** The values a decoded object holds, for the tools that look at its strings and bytes. */
final class DecodedValues {
  private DecodedValues() {}

  /**
   * Hands every value under {@code value} that is neither a list nor a record to {@code leaf}, in
   * the order of the fields (the order decoding reads them); lists and records are walked into.
   */
  static void forEachLeaf(Object value, Consumer<Object> leaf) {
    if (value instanceof List<?> list) {
      list.forEach(e -> forEachLeaf(e, leaf));
    } else if (value instanceof TlRecord r) {
      r.visitFields((name, field) -> forEachLeaf(field, leaf));
    } else if (value != null) {
      leaf.accept(value);
    }
  }
}
