package dev.tlkit.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.CharBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of names the JSON reader looks constructors up in, by any chars. */
class TlNamesTest {
  private static final Map<String, Integer> ENTRIES = new LinkedHashMap<>();

  static {
    // "Aa" and "BB" have one String.hashCode: they land in one slot and are told apart there.
    for (String name : new String[] {"Aa", "BB", "inputUser", "inputUserSelf", "", "user"}) {
      ENTRIES.put(name, ENTRIES.size());
    }
    for (int i = 0; i < 300; i++) {
      ENTRIES.put("c" + i, 1000 + i);
    }
  }

  private static final TlNames<Integer> NAMES = new TlNames<>(ENTRIES);

  @Test
  void everyNameIsFoundByItsCharsWhateverHoldsThem() {
    ENTRIES.forEach((name, value) -> {
      assertEquals(value, NAMES.get(name));
      assertEquals(value, NAMES.get(new StringBuilder(name)));
      // A window in the middle of a larger array, as a parser's buffer is.
      assertEquals(value, NAMES.get(CharBuffer.wrap(("{\"" + name + "\"}").toCharArray(), 2,
          name.length())));
    });
  }

  @Test
  void aNameOfTheSameHashOrOneLetterOffIsNotFound() {
    assertNull(NAMES.get("inputUserSel"));
    assertNull(NAMES.get("inputUserSelg"));
    assertNull(NAMES.get("C0"));
    assertNull(NAMES.get(new StringBuilder("c300")));
    assertEquals(0, NAMES.get("Aa"));
    assertEquals(1, NAMES.get(new StringBuilder("BB")));
  }

  @Test
  void anEmptyTableFindsNothing() {
    assertNull(new TlNames<>(Map.of()).get("user"));
  }
}
