package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact sizes generated code adds up before it writes. */
class TlSizesTest {
  @ParameterizedTest(name = "{0} bytes take {1} on the wire")
  @CsvSource({
    "0,        4", // 1 length byte + 3 padding
    "1,        4", // 1 + 1 + 2 padding
    "3,        4", // 1 + 3, no padding
    "4,        8", // 1 + 4 + 3 padding
    "252,      256", // 1 + 252 + 3 padding
    "253,      256", // the longest short form: 1 + 253 + 2 padding
    "254,      260", // the shortest long form: 4 + 254 + 2 padding
    "255,      260", // 4 + 255 + 1 padding
    "256,      260", // 4 + 256, no padding
    "1000,     1004", // 4 + 1000
    "16777215, 16777220", // the longest: 4 + (2^24 - 1) + 1 padding
  })
  void bytesSizes(int length, int size) {
    assertEquals(size, TlSizes.ofBytes(length));
    assertEquals(0, size % 4);
  }

  @Test
  void lengthsOutsideTheTlRangeAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TlSizes.ofBytes(1 << 24));
    assertThrows(IllegalArgumentException.class, () -> TlSizes.ofBytes(-1));
    assertEquals((1 << 24) - 1, TlSizes.MAX_BYTES_LENGTH);
  }

  @Test
  void sizeOfTlBytesIsTheSizeOfItsLength() {
    assertEquals(8, TlSizes.ofBytes(TlBytes.ofHex("0102030405")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ascii only", "Кириллица", "中文字符和日本語", "emoji 😀👍🏽",
      "lone high \ud800", "lone low \udc00 inside", "\udbff\udfff max code point",
      "high then high \ud800\ud800\udc00", "Ω\u0080\u07ff\u0800\uffff"})
  void utf8LengthMatchesGetBytes(String s) {
    int expected = s.getBytes(StandardCharsets.UTF_8).length;
    assertEquals(expected, TlSizes.utf8Length(s));
    assertEquals(TlSizes.ofBytes(expected), TlSizes.ofString(s));
  }

  @Test
  void utf8LengthCountsEachKindOfChar() {
    assertEquals(1, TlSizes.utf8Length("a"));
    assertEquals(2, TlSizes.utf8Length("я")); // U+044F
    assertEquals(3, TlSizes.utf8Length("中")); // U+4E2D
    assertEquals(4, TlSizes.utf8Length("😀")); // U+1F600, a surrogate pair
    assertEquals(1, TlSizes.utf8Length("\ud83d")); // unpaired: '?'
  }

  @Test
  void stringWhoseUtf8CrossesTheShortFormBoundary() {
    assertEquals(256, TlSizes.ofString("a".repeat(253)));
    assertEquals(260, TlSizes.ofString("a".repeat(252) + "é")); // 254 bytes
  }
}
