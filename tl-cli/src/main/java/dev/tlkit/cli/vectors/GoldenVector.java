package dev.tlkit.cli.vectors;

import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * One line of a golden-vector file: {@code {"name", "id", "kind", "value", "hex"}}, as
 * {@code golden/README.md} describes it.
 *
 * @param name the TL name, such as {@code phone.requestCall}
 * @param id the constructor id
 * @param function whether {@code kind} is {@code function} (else {@code constructor})
 * @param value the object as JSON, parsed by {@link JsonText#parse(String)}
 * @param hex the boxed bytes as lower-case hex
 */
public record GoldenVector(
    String name, int id, boolean function, Map<String, Object> value, String hex) {

  private static final Set<String> KEYS = Set.of("name", "id", "kind", "value", "hex");

  /**
   * Parses one line.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  @SuppressWarnings("unchecked")
  public static GoldenVector parse(String text) {
    if (!(JsonText.parse(text) instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (!map.keySet().equals(KEYS)) {
      throw new IllegalArgumentException("expected the keys " + KEYS + ", found " + map.keySet());
    }
    String name = string(map, "name");
    String id = string(map, "id");
    if (!id.matches("[0-9a-f]{8}")) {
      throw new IllegalArgumentException("id \"" + id + "\" is not 8 lower-case hex digits");
    }
    String kind = string(map, "kind");
    if (!kind.equals("constructor") && !kind.equals("function")) {
      throw new IllegalArgumentException("kind \"" + kind + "\" is not constructor or function");
    }
    if (!(map.get("value") instanceof Map<?, ?> value)) {
      throw new IllegalArgumentException("value is not a JSON object");
    }
    String hex = string(map, "hex");
    HexFormat.of().parseHex(hex); // fails early, with the reason
    return new GoldenVector(name, Integer.parseUnsignedInt(id, 16), kind.equals("function"),
        (Map<String, Object>) value, hex);
  }

  private static String string(Map<?, ?> map, String key) {
    if (map.get(key) instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(key + " is not a JSON string");
  }

  /** The boxed bytes. */
  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }
}
