package dev.tlkit.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TDLib-style documentation: {@code //@description ...} and {@code //@param_name ...} lines before a
 * definition, or {@code //@class Name @description ...} before a type's constructors.
 * {@code params} keeps the order of the comment.
 */
public record Doc(String description, Map<String, String> params) {
  public static final Doc EMPTY = new Doc("", Map.of());

  public Doc {
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public boolean isEmpty() {
    return description.isEmpty() && params.isEmpty();
  }

  /** The documentation of one parameter, or "" if none. */
  public String param(String name) {
    return params.getOrDefault(name, "");
  }
}
