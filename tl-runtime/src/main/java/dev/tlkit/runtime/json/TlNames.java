package dev.tlkit.runtime.json;

import java.util.Map;

/**
 * The constructors or the functions of a schema by TL name, looked up by any {@link
 * CharSequence}: a JSON parser's chars are found without a {@code String} made of them. A {@code
 * HashMap} cannot do that, as a key equal to a {@code String} has to be one. Names and their
 * hashes sit in two flat arrays, so that a miss costs a look at an {@code int}, not at a node, a
 * key and its bytes.
 *
 * @param <V> what a name stands for
 */
final class TlNames<V> {
  private final String[] names;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;

  TlNames(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    names = new String[size];
    hashes = new int[size];
    values = new Object[size];
    mask = size - 1;
    // In the map's order, which only decides where two names of one slot land, not what is found.
    for (Map.Entry<String, V> e : entries.entrySet()) {
      int h = e.getKey().hashCode();
      int i = spread(h) & mask;
      while (names[i] != null) {
        i = (i + 1) & mask;
      }
      names[i] = e.getKey();
      hashes[i] = h;
      values[i] = e.getValue();
    }
  }

  /**
   * What {@code name} stands for, or null.
   *
   * @param name the TL name; its chars are read, not kept
   */
  @SuppressWarnings("unchecked")
  V get(CharSequence name) {
    int h = hash(name);
    for (int i = spread(h) & mask; names[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && names[i].contentEquals(name)) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** {@link String#hashCode()} of the chars, computed as it is (and kept by a string). */
  private static int hash(CharSequence s) {
    if (s instanceof String string) {
      return string.hashCode();
    }
    int h = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
