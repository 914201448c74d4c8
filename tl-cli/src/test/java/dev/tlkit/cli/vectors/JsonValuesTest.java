package dev.tlkit.cli.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
  private static Optional<String> diff(String expected, String actual) {
    return JsonValues.difference(JsonText.parse(expected), JsonText.parse(actual), "value");
  }

  @Test
  void numbersCompareByValueAndKeysInAnyOrder() {
    assertEquals(Optional.empty(), diff("{\"a\":3,\"b\":[1.5e0]}", "{\"b\":[1.50],\"a\":3.0}"));
  }

  @Test
  void differencesNameTheirPath() {
    assertEquals(Optional.of("value.a[1].x: expected \"1\", found \"2\""),
        diff("{\"a\":[0,{\"x\":\"1\"}]}", "{\"a\":[0,{\"x\":\"2\"}]}"));
    assertEquals(Optional.of("value: missing b"), diff("{\"a\":1,\"b\":2}", "{\"a\":1}"));
    assertEquals(Optional.of("value: unexpected c"), diff("{\"a\":1}", "{\"a\":1,\"c\":2}"));
    assertEquals(Optional.of("value.a: expected 2 elements, found 1"),
        diff("{\"a\":[1,2]}", "{\"a\":[1]}"));
    assertEquals(Optional.of("value.a: expected 1, found \"1\""), diff("{\"a\":1}", "{\"a\":\"1\"}"));
  }
}
