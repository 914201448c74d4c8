package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TlReader#readString()} gives exactly the JDK's {@code new String(bytes, UTF_8)} for any
 * bytes: its own decoder takes only well-formed UTF-8, and leaves the rest to the JDK.
 */
class Utf8Test {
  private static final String TEXTS = "plain ascii, Привет мир, Ελληνικά, العربية, 中文字符, 日本語,"
      + " 한국어, עברית, emoji 😀👨‍👩‍👧🎉, € ẞ ñandú, \u0000\u007f\u0080\u07ff\u0800\uffff";

  @Test
  void wellFormedTextOfEveryScript() {
    for (String s : TEXTS.split(",")) {
      assertEquals(s, read(s.getBytes(StandardCharsets.UTF_8)));
    }
    assertEquals(TEXTS, read(TEXTS.getBytes(StandardCharsets.UTF_8)));
    assertEquals("", read(new byte[0]));
  }

  /** Every byte sequence of one to four bytes whose first byte is not ASCII, against the JDK. */
  @Test
  void everyShortSequenceAgreesWithTheJdk() {
    byte[] interesting = {(byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc1, (byte) 0xc2,
        (byte) 0xdf, (byte) 0xe0, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0xf4, (byte) 0xf5,
        (byte) 0xf8, (byte) 0xff, (byte) 0x9f, (byte) 0xa0, 0x41};
    for (byte a : interesting) {
      for (byte b : interesting) {
        assertSame(new byte[] {a, b});
        for (byte c : interesting) {
          assertSame(new byte[] {a, b, c});
          for (byte d : interesting) {
            assertSame(new byte[] {a, b, c, d});
          }
        }
      }
    }
  }

  @Test
  void randomBytesAgreeWithTheJdk() {
    Random random = new Random(228);
    byte[] valid = TEXTS.getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly pieces of real text, some bytes anywhere: cut and mixed sequences.
        bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : valid[random.nextInt(valid.length)];
      }
      assertSame(bytes);
    }
  }

  private static void assertSame(byte[] bytes) {
    assertEquals(new String(bytes, StandardCharsets.UTF_8), read(bytes), () -> TlBytes.of(bytes).hex());
  }

  /** The bytes as a TL string, read back. */
  private static String read(byte[] text) {
    int size = TlSizes.ofBytes(text.length);
    byte[] wire = new byte[size];
    TlWriter w = new TlWriter(wire);
    w.writeBytes(text, 0, text.length);
    return new TlReader(wire).readString();
  }
}
