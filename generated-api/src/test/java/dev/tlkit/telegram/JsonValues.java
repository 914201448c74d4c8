package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Compares JSON values as parsed by TlJson: numbers by value ({@code 3} equals {@code 3.0}). */
final class JsonValues {
  private JsonValues() {}

  static void assertSameValue(Object expected, Object actual) {
    compare("$", expected, actual);
  }

  private static void compare(String path, Object expected, Object actual) {
    if (expected instanceof BigDecimal e) {
      if (!(actual instanceof BigDecimal a) || e.compareTo(a) != 0) {
        fail(path + ": expected " + expected + " but was " + actual);
      }
    } else if (expected instanceof Map<?, ?> e) {
      if (!(actual instanceof Map<?, ?> a)) {
        fail(path + ": expected an object but was " + actual);
        return;
      }
      assertEquals(e.keySet(), a.keySet(), path + ": keys");
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        compare(path + "." + entry.getKey(), entry.getValue(), a.get(entry.getKey()));
      }
    } else if (expected instanceof List<?> e) {
      assertTrue(actual instanceof List<?>, path + ": expected an array but was " + actual);
      List<?> a = (List<?>) actual;
      assertEquals(e.size(), a.size(), path + ": length");
      for (int i = 0; i < e.size(); i++) {
        compare(path + "[" + i + "]", e.get(i), a.get(i));
      }
    } else {
      assertEquals(expected, actual, path);
    }
  }
}
