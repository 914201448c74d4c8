package dev.tlkit.cli.vectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  /** Writes the plain values JsonText reads: maps, lists, strings, booleans, null, BigDecimal. */
  private static final ObjectMapper COMPACT = new ObjectMapper();

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
    String json;
    try {
      json = COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a plain JSON value: " + value, e);
    }
    return json.length() > max ? json.substring(0, max) + "…" : json;
  }
}
