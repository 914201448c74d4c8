package dev.tlkit.runtime;

import dev.tlkit.runtime.json.JsonDialect;
import java.util.List;

/**
 * TL objects as JSON, the form of golden test vectors and of {@code tlc} output, for logs and
 * tools. The runtime has no JSON parser: JSON is read back into objects through {@code
 * Tl.JSON} ({@link dev.tlkit.runtime.json.TlJsonSchema}) with a parser that {@code tl-json} brings.
 *
 * <p>An object becomes {@code {"_": tlName, field: value, ...}} with its fields in schema order.
 * Values: int and double are numbers, doubles printed as JavaScript prints them (but for the three
 * values JSON numbers cannot hold, so that every double reads back: {@code -0} for negative zero,
 * and the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, as protobuf's JSON
 * writes them); long is a decimal
 * <em>string</em>, because JSON numbers beyond 2^53 lose precision in most readers (TDLib's
 * {@code int53}, a long in Java, is a number, as TDLib writes it); string is a
 * JSON string; bytes, int128 and int256 are lower-case hex strings; Bool and {@code flags.N?true}
 * are {@code true}/{@code false}; vectors are arrays; objects nest. For example {@code
 * {"_":"inputPeerUser","user_id":"-4644397401204110986","access_hash":"8876526684309139148"}}.
 *
 * <p>Strings are escaped as {@code JSON.stringify} does: {@code "} and {@code \} by a backslash,
 * control characters as {@code \n}, {@code \t} and the like or {@code \u001f}, unpaired
 * surrogates as {@code \ud800}; everything else, non-ASCII included, is kept as is.
 */
public final class TlJson {
  private TlJson() {}

  /**
   * Returns {@code o} as compact JSON, without spaces or line breaks.
   *
   * @param o the object
   * @return the JSON text
   * @throws IllegalArgumentException if a field holds a value of a type outside the mapping
   */
  public static String toJson(TlRecord o) {
    return toJson(o, false);
  }

  /**
   * Returns {@code o} as JSON, compact or indented by two spaces per level.
   *
   * @param o the object
   * @param pretty whether to put each field on its own indented line
   * @return the JSON text
   * @throws IllegalArgumentException if a field holds a value of a type outside the mapping
   */
  public static String toJson(TlRecord o, boolean pretty) {
    return toJson(o, JsonDialect.TLKIT, pretty);
  }

  /**
   * Returns {@code o} as JSON of a dialect: {@link JsonDialect#TLKIT} as above, or {@link
   * JsonDialect#TDLIB}, which names the constructor under {@code "@type"} and writes bytes,
   * int128 and int256 as base64.
   *
   * @param o the object
   * @param dialect the JSON form
   * @param pretty whether to put each field on its own indented line
   * @return the JSON text
   * @throws IllegalArgumentException if a field holds a value of a type outside the mapping
   */
  public static String toJson(TlRecord o, JsonDialect dialect, boolean pretty) {
    StringBuilder out = new StringBuilder(128);
    new Printer(out, dialect, pretty).object(o, 0);
    return out.toString();
  }

  /** Appends {@code s} as a quoted JSON string, escaped as {@code JSON.stringify} does. */
  static void quote(String s, StringBuilder out) {
    out.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            unicodeEscape(c, out);
          } else if (Character.isHighSurrogate(c) && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    String hex = Integer.toHexString(c);
    out.append("\\u").append("0000", hex.length(), 4).append(hex);
  }

  /** Writes one object tree; holds the output and the layout so the recursion stays short. */
  private static final class Printer {
    private final StringBuilder out;
    private final JsonDialect dialect;
    private final boolean pretty;

    Printer(StringBuilder out, JsonDialect dialect, boolean pretty) {
      this.out = out;
      this.dialect = dialect;
      this.pretty = pretty;
    }

    void object(TlRecord o, int indent) {
      out.append('{');
      key(dialect.typeKey(), indent + 1);
      quote(o.tlName(), out);
      o.visitFields(new TlFieldVisitor() {
        @Override
        public void field(String name, Object value) {
          member(name, value, indent + 1, false);
        }

        @Override
        public void int53(String name, Object value) {
          member(name, value, indent + 1, true);
        }
      });
      newline(indent);
      out.append('}');
    }

    private void member(String name, Object value, int indent, boolean int53) {
      out.append(',');
      key(name, indent);
      value(value, indent, int53);
    }

    /** Writes a value; {@code int53}: its longs are TDLib's int53s, numbers in JSON. */
    private void value(Object v, int indent, boolean int53) {
      if (v == null) {
        out.append("null");
      } else if (v instanceof Integer || v instanceof Boolean) {
        out.append(v);
      } else if (v instanceof Long l) {
        if (int53) {
          out.append(l.longValue());
        } else {
          out.append('"').append(l.longValue()).append('"');
        }
      } else if (v instanceof Double d) {
        // JSON.stringify writes 0 for -0 and null for NaN and the infinities: neither reads back.
        if (!Double.isFinite(d)) {
          out.append('"').append(JsDouble.format(d)).append('"');
        } else if (d == 0 && Double.doubleToRawLongBits(d) != 0) {
          out.append("-0");
        } else {
          out.append(JsDouble.format(d));
        }
      } else if (v instanceof String s) {
        quote(s, out);
      } else if (v instanceof TlBytes b) {
        out.append('"').append(dialect.bytesText(b)).append('"');
      } else if (v instanceof TlRecord o) {
        object(o, indent);
      } else if (v instanceof List<?> list) {
        array(list, indent, int53);
      } else {
        throw new IllegalArgumentException(
            "cannot write a " + v.getClass().getName() + " as a TL JSON value: " + v);
      }
    }

    private void array(List<?> list, int indent, boolean int53) {
      out.append('[');
      if (list.isEmpty()) {
        out.append(']');
        return;
      }
      boolean first = true;
      for (Object element : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        newline(indent + 1);
        value(element, indent + 1, int53);
      }
      newline(indent);
      out.append(']');
    }

    private void key(String name, int indent) {
      newline(indent);
      quote(name, out);
      out.append(pretty ? ": " : ":");
    }

    private void newline(int indent) {
      if (pretty) {
        out.append('\n').append("  ".repeat(indent));
      }
    }
  }
}
