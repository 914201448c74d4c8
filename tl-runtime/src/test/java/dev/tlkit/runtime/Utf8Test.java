package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link TlReader#readString()} gives exactly the JDK's {@code new String(bytes, UTF_8)} for any
 * bytes, from an array, a heap, direct or read-only buffer, in the sharing mode or not: its own
 * decoder takes only well-formed UTF-8, and leaves the rest to the JDK.
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

  /**
   * ASCII is found eight and sixteen bytes at a time: a non-ASCII byte, well-formed or not, at
   * every position of strings of every length around those steps, and at the end of the array.
   */
  @Test
  void aNonAsciiByteAnywhereInAsciiTextAgreesWithTheJdk() {
    byte[][] intruders = {{(byte) 0xc3, (byte) 0xa9}, {(byte) 0xd0, (byte) 0xbf},
        {(byte) 0xe4, (byte) 0xbd, (byte) 0xa0}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80},
        {(byte) 0x80}, {(byte) 0xc3}, {(byte) 0xff}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}};
    for (int len = 0; len <= 40; len++) {
      byte[] ascii = new byte[len];
      for (int i = 0; i < len; i++) {
        ascii[i] = (byte) ('a' + i % 26);
      }
      assertSame(ascii);
      for (byte[] intruder : intruders) {
        for (int at = 0; at <= len; at++) {
          byte[] b = new byte[len + intruder.length];
          System.arraycopy(ascii, 0, b, 0, at);
          System.arraycopy(intruder, 0, b, at, intruder.length);
          System.arraycopy(ascii, at, b, at + intruder.length, len - at);
          assertSame(b);
        }
      }
    }
  }

  @Test
  void latin1SupplementaryAndSurrogatesAgreeWithTheJdk() {
    for (String s : List.of("José Müller", "ÿ", "\u00ff\u0100", "ñandú ß", "😀", "a😀b",
        "𝄞𝄞𝄞", "\udbff\udfff", "\ud800\udc00")) {
      assertEquals(s, read(s.getBytes(StandardCharsets.UTF_8)));
    }
    // Surrogates encoded on their own (CESU-8), overlong forms, code points past U+10FFFF.
    for (String hex : List.of("eda080", "edbfbf", "eda0bdedb880", "c0af", "e080af", "f08080af",
        "f4908080", "f7bfbfbf", "41eda08042", "f09f98")) {
      assertSame(TlBytes.ofHex(hex).toByteArray());
    }
  }

  /** Longer than the array a thread keeps for decoding, and around its size. */
  @Test
  void textLongerThanTheThreadsArrayAgreesWithTheJdk() {
    for (int n : new int[] {Utf8.KEPT - 1, Utf8.KEPT, Utf8.KEPT + 1, 3 * Utf8.KEPT}) {
      String s = "привет мир 😀 hello ".repeat(n / 19 + 1).substring(0, n);
      if (Character.isHighSurrogate(s.charAt(n - 1))) {
        s = s.substring(0, n - 1) + "!";
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      assertEquals(s, read(utf8));
      assertEquals("a".repeat(n), read("a".repeat(n).getBytes(StandardCharsets.US_ASCII)));
      utf8[utf8.length / 2] = (byte) 0xff;
      assertSame(utf8);
    }
  }

  /** The same bytes from every kind of input give the same strings. */
  @Test
  void buffersOfEveryKindAndTheSharingModeReadTheSameStrings() {
    Random random = new Random(17);
    byte[] valid = TEXTS.getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 2_000; round++) {
      byte[] text = new byte[random.nextInt(300)];
      for (int i = 0; i < text.length; i++) {
        text[i] = random.nextInt(50) == 0 ? (byte) random.nextInt(256) : valid[random.nextInt(valid.length)];
      }
      String expected = new String(text, StandardCharsets.UTF_8);
      byte[] wire = wire(text);
      ByteBuffer direct = ByteBuffer.allocateDirect(wire.length + 5);
      direct.position(5);
      direct.put(wire).position(5);
      ByteBuffer heap = ByteBuffer.allocate(wire.length + 7).position(7).slice();
      heap.put(wire).flip();
      for (TlReader r : List.of(new TlReader(wire), new TlReader(wire).shareInput(true),
          new TlReader(direct), new TlReader(heap), new TlReader(heap.asReadOnlyBuffer()))) {
        assertEquals(expected, r.readString(), () -> TlBytes.of(text).hex());
        r.expectEnd();
      }
    }
  }

  /** Each thread decodes into arrays of its own: threads decoding at once never mix their text. */
  @Test
  void threadsDecodingAtOnceGetTheirOwnText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String s = ("поток " + t + " 线程 ").repeat(50 + 40 * t);
        byte[] wire = wire(s.getBytes(StandardCharsets.UTF_8));
        done.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            assertEquals(s, new TlReader(wire).readString());
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void assertSame(byte[] bytes) {
    assertEquals(new String(bytes, StandardCharsets.UTF_8), read(bytes), () -> TlBytes.of(bytes).hex());
  }

  private static byte[] wire(byte[] text) {
    byte[] wire = new byte[TlSizes.ofBytes(text.length)];
    new TlWriter(wire).writeBytes(text, 0, text.length);
    return wire;
  }

  /** The bytes as a TL string, read back. */
  private static String read(byte[] text) {
    return new TlReader(wire(text)).readString();
  }
}
