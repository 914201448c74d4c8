package dev.tlkit.cli.decode;

import dev.tlkit.runtime.TlFieldVisitor;
import dev.tlkit.runtime.TlRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * An object that {@link SchemaDecoder} read with a schema alone: its definition's name and its
 * fields in schema order, as {@code TlJson} and {@code TlTree} print them.
 */
final class DecodedObject implements TlRecord {
  private final String tlName;
  private final List<String> names = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();
  /** Which fields hold TDLib's int53s, which JSON writes as numbers. */
  private final java.util.BitSet int53 = new java.util.BitSet();

  DecodedObject(String tlName) {
    this.tlName = tlName;
  }

  /** The value of field {@code name}, or null if it has none (absent, or no such field). */
  Object get(String name) {
    int i = names.indexOf(name);
    return i < 0 ? null : values.get(i);
  }

  void add(String name, Object value) {
    names.add(name);
    values.add(value);
  }

  /** Adds a field of TDLib's int53s (one, or a vector of them). */
  void addInt53(String name, Object value) {
    int53.set(names.size());
    add(name, value);
  }

  @Override
  public String tlName() {
    return tlName;
  }

  @Override
  public void visitFields(TlFieldVisitor visitor) {
    for (int i = 0; i < names.size(); i++) {
      if (int53.get(i)) {
        visitor.int53(names.get(i), values.get(i));
      } else {
        visitor.field(names.get(i), values.get(i));
      }
    }
  }
}
