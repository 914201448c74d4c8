package dev.tlkit.cli.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlJson;
import dev.tlkit.telegram.TextPlain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON as the golden vectors need it: plain values, exact numbers, no duplicate keys. */
class JsonTextTest {
  @Test
  void parsesEveryKindOfValue() {
    Object v = JsonText.parse(" {\"a\": [1, -2.50, 3e2, 0],"
        + " \"b\": {\"c\": null, \"d\": true, \"e\": false}, \"f\": \"x\"}\n");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", List.of(new BigDecimal("1"), new BigDecimal("-2.50"),
        new BigDecimal("3e2"), new BigDecimal("0")));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("c", null);
    b.put("d", true);
    b.put("e", false);
    expected.put("b", b);
    expected.put("f", "x");
    assertEquals(expected, v);
    assertTrue(((Map<?, ?>) v).get("a") instanceof ArrayList);
    assertEquals(List.of("a", "b", "f"), new ArrayList<>(((Map<?, ?>) v).keySet()));
  }

  @Test
  void numbersKeepEveryDigit() {
    assertEquals(new BigDecimal("12345678901234567890.12345678901234567890"),
        JsonText.parse("12345678901234567890.12345678901234567890"));
    assertEquals(new BigDecimal("123456789012345678901234567890"),
        JsonText.parse("123456789012345678901234567890"));
    assertEquals(0, new BigDecimal("1E-5").compareTo((BigDecimal) JsonText.parse("1E-5")));
    assertNull(JsonText.parse("null"));
  }

  @Test
  void readsBackWhatTlJsonWrites() {
    String tricky = "q\" \\ \n \u0001 \ud800 😀 Привет";
    Map<?, ?> text = (Map<?, ?>) JsonText.parse(TlJson.toJson(new TextPlain(tricky)));
    assertEquals("textPlain", text.get("_"));
    assertEquals(tricky, text.get("text"));
  }

  @Test
  void badJsonIsAnErrorWithItsLineAndColumn() {
    IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
        () -> JsonText.parse("{\"a\":1,\n\"a\":2}"));
    assertTrue(duplicate.getMessage().contains("Duplicate field 'a'"), duplicate.getMessage());
    assertTrue(duplicate.getMessage().endsWith("at line 2, column 4"), duplicate.getMessage());
    for (String bad : List.of("", "[1,]", "{\"a\" 1}", "\"abc", "01", "[1] x", "NaN", "tru")) {
      assertThrows(IllegalArgumentException.class, () -> JsonText.parse(bad), bad);
    }
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThrows(IllegalArgumentException.class, () -> JsonText.parse(deep));
    assertEquals(List.of(List.of()), JsonText.parse("[[]]"));
  }
}
