package dev.tlkit.cli.vectors;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares and prints the plain values {@link JsonText#parse(String)} returns: maps, lists, strings,
 * booleans, null and BigDecimal numbers.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * The first difference between two JSON values, or empty if they are equal: objects must have
   * the same keys (in any order) with equal values, arrays the same elements in the same order,
   * numbers the same value however written ({@code 3} equals {@code 3.0} and {@code 3e0}).
   *
   * @param path the path of the values, such as {@code value}; differences are reported under it
   *     ({@code value.user_id.access_hash: expected "1", found "2"})
   */
  public static Optional<String> difference(Object expected, Object actual, String path) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      TreeSet<String> missing = keys(e);
      missing.removeAll(keys(a));
      if (!missing.isEmpty()) {
        return Optional.of(path + ": missing " + String.join(", ", missing));
      }
      TreeSet<String> extra = keys(a);
      extra.removeAll(keys(e));
      if (!extra.isEmpty()) {
        return Optional.of(path + ": unexpected " + String.join(", ", extra));
      }
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        Optional<String> d = difference(entry.getValue(), a.get(entry.getKey()),
            path + "." + entry.getKey());
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      if (e.size() != a.size()) {
        return Optional.of(path + ": expected " + e.size() + " elements, found " + a.size());
      }
      for (int i = 0; i < e.size(); i++) {
        Optional<String> d = difference(e.get(i), a.get(i), path + "[" + i + "]");
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    boolean same = expected instanceof BigDecimal e && actual instanceof BigDecimal a
        ? e.compareTo(a) == 0
        : expected == null ? actual == null : expected.equals(actual);
    return same ? Optional.empty() : Optional.of(path + ": expected " + toJson(expected, 60)
        + ", found " + toJson(actual, 60));
  }

  private static TreeSet<String> keys(Map<?, ?> map) {
    TreeSet<String> keys = new TreeSet<>();
    map.keySet().forEach(k -> keys.add(String.valueOf(k)));
    return keys;
  }

  /** Compact JSON of a plain value, cut to about {@code max} characters with {@code …}. */
  public static String toJson(Object value, int max) {
    StringBuilder out = new StringBuilder();
    write(value, out, max);
    return out.length() > max ? out.substring(0, max) + "…" : out.toString();
  }

  private static void write(Object v, StringBuilder out, int max) {
    if (out.length() > max) {
      return;
    }
    if (v instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        quote(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out, max);
      }
      out.append('}');
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(list.get(i), out, max);
      }
      out.append(']');
    } else if (v instanceof String s) {
      quote(s, out);
    } else if (v instanceof BigDecimal d) {
      out.append(d.toString());
    } else {
      out.append(v); // Boolean, null
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
