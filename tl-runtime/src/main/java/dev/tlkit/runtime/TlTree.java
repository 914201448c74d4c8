package dev.tlkit.runtime;

import java.util.List;

/**
 * Prints a TL object as an indented tree for people, as {@code tlc decode} shows it:
 *
 * <pre>
 * phone.requestCall
 *   video: true
 *   user_id: inputUser
 *     user_id: 123456789
 *     access_hash: -987654321987654321
 *   g_a_hash: 6172626964... (19 bytes)
 *   library_versions: [1]
 *     - "some string here"
 * </pre>
 *
 * <p>Each field is {@code name: value} on its own line; a nested object shows its name and then its
 * fields two spaces deeper; a list shows {@code [count]} and then one {@code - item} per line, an
 * item object's fields aligned after the dash. Strings are quoted and escaped as in JSON, longs are
 * plain numbers, bytes are hex (the first {@value #BYTES_SHOWN} bytes) with their length.
 *
 * <p>Why not JSON: {@link TlJson} is for machines, with longs as strings and no indication of
 * sizes; this is for reading a message by eye.
 */
public final class TlTree {
  /** How many bytes of a bytes value are shown before {@code "..."}. */
  static final int BYTES_SHOWN = 32;

  private TlTree() {}

  /**
   * Returns the tree of {@code o}, one line per field and list item, each ending with {@code
   * '\n'}.
   *
   * @param o the object
   * @return the text
   */
  public static String print(TlRecord o) {
    StringBuilder out = new StringBuilder(256);
    value(o, 2, out);
    return out.toString();
  }

  /** Appends the rest of the line for {@code v} and, below it, its children at {@code indent}. */
  private static void value(Object v, int indent, StringBuilder out) {
    if (v instanceof TlRecord o) {
      out.append(o.tlName()).append('\n');
      o.visitFields((name, field) -> {
        out.append(" ".repeat(indent)).append(name).append(": ");
        value(field, indent + 2, out);
      });
    } else if (v instanceof List<?> list) {
      out.append('[').append(list.size()).append("]\n");
      for (Object item : list) {
        out.append(" ".repeat(indent)).append("- ");
        value(item, indent + 2, out);
      }
    } else {
      scalar(v, out);
      out.append('\n');
    }
  }

  private static void scalar(Object v, StringBuilder out) {
    if (v instanceof String s) {
      TlJson.quote(s, out);
    } else if (v instanceof TlBytes b) {
      bytes(b, out);
    } else if (v instanceof Double d) {
      out.append(JsDouble.format(d));
    } else {
      out.append(v); // Integer, Long, Boolean, null
    }
  }

  private static void bytes(TlBytes b, StringBuilder out) {
    int n = b.length();
    if (n <= BYTES_SHOWN) {
      out.append(b.hex());
    } else {
      for (int i = 0; i < BYTES_SHOWN; i++) {
        int x = b.byteAt(i) & 0xFF;
        out.append(Character.forDigit(x >>> 4, 16)).append(Character.forDigit(x & 15, 16));
      }
      out.append("...");
    }
    out.append(n == 0 ? "(0 bytes)" : n == 1 ? " (1 byte)" : " (" + n + " bytes)");
  }
}
