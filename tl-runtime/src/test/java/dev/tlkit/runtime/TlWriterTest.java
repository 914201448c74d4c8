package dev.tlkit.runtime;

import static dev.tlkit.runtime.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@link TlWriter} lays out each TL value, byte by byte. */
class TlWriterTest {
  /**
   * Strings around every boundary of the string writer: ASCII or not, one or four bytes of length
   * (253 and 254 bytes), the char counts where three bytes a char may or may not pass 253 (84 and
   * 85 chars), surrogate pairs and lone surrogates.
   */
  private static String[] tricky() {
    String cyrillic = "\u041f\u0440\u0438";
    String emoji = "\ud83c\udf89";
    return new String[] {
        "", "a", "abc", "x".repeat(253), "x".repeat(254), cyrillic, emoji + "x",
        "\u65e5".repeat(84), "\u65e5".repeat(85), "\u65e5".repeat(253), "\u65e5".repeat(254),
        "a".repeat(250) + cyrillic, "a".repeat(200) + emoji.repeat(20),
        "\ud83c", "x\udf89y", emoji.substring(1) + emoji.substring(0, 1), cyrillic.repeat(400)};
  }

  @Test
  void aStringIsItsUtf8WithItsLengthAndPaddingWhateverRoomTheBufferHas() {
    for (String s : tricky()) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8); // a lone surrogate is '?' here too
      int size = TlSizes.ofString(s);
      assertEquals(TlSizes.ofBytes(utf8.length), size, s);
      byte[] expected = new byte[size];
      new TlWriter(expected).writeBytes(utf8, 0, utf8.length);
      // An exact buffer, and one with room for the longest UTF-8 of the string, written at an offset.
      byte[] exact = new byte[size];
      TlWriter w = new TlWriter(exact);
      w.writeString(s);
      assertEquals(size, w.position(), s);
      assertArrayEquals(expected, exact, s);
      byte[] roomy = new byte[8 + 4 + 3 * s.length() + 3 + 8];
      Arrays.fill(roomy, (byte) 0x55);
      TlWriter r = new TlWriter(roomy, 8);
      r.writeString(s);
      assertEquals(8 + size, r.position(), s);
      assertArrayEquals(expected, Arrays.copyOfRange(roomy, 8, 8 + size), s);
      assertEquals(0x55, roomy[8 + size] & 0xFF, "nothing written past the string: " + s);
      // A growing writer, empty and after 250 bytes (a string then crosses its first 256).
      for (int before : new int[] {0, 250}) {
        TlWriter g = new TlWriter();
        g.writeRaw(new byte[before], 0, before);
        g.writeString(s);
        byte[] grown = g.toByteArray();
        assertEquals(before + size, grown.length, s);
        assertArrayEquals(expected, Arrays.copyOfRange(grown, before, before + size), s);
      }
    }
  }

  @Test
  void aGrowingWriterTakesAnythingAndGivesBackExactlyWhatItWrote() {
    TlWriter w = new TlWriter();
    for (int i = 0; i < 1000; i++) {
      w.writeInt(i);
      w.writeLong(i);
    }
    byte[] text = new byte[100_000];
    w.writeBytes(text, 0, text.length);
    byte[] out = w.toByteArray();
    assertEquals(12_000 + TlSizes.ofBytes(text.length), out.length);
    assertEquals(12_000 + TlSizes.ofBytes(text.length), w.position());
    assertEquals("e7030000" + "e703000000000000", hex(Arrays.copyOfRange(out, 11_988, 12_000)));
  }

  private static String write(int size, Consumer<TlWriter> body) {
    byte[] buffer = new byte[size];
    TlWriter w = new TlWriter(buffer);
    body.accept(w);
    assertEquals(size, w.position(), "bytes written");
    return hex(buffer);
  }

  @Test
  void intIsFourBytesLittleEndian() {
    assertEquals("04030201", write(4, w -> w.writeInt(0x01020304)));
    assertEquals("ffffffff", write(4, w -> w.writeInt(-1)));
    assertEquals("00000080", write(4, w -> w.writeInt(Integer.MIN_VALUE)));
  }

  @Test
  void longIsEightBytesLittleEndian() {
    assertEquals("0807060504030201", write(8, w -> w.writeLong(0x0102030405060708L)));
    assertEquals("4fed0b81a0254bf2", write(8, w -> w.writeLong(-987654321987654321L)));
  }

  @Test
  void doubleIsIeee754LittleEndian() {
    assertEquals("000000000000f03f", write(8, w -> w.writeDouble(1.0)));
    assertEquals("00000000000004c0", write(8, w -> w.writeDouble(-2.5)));
    assertEquals("9a9999999999b93f", write(8, w -> w.writeDouble(0.1)));
  }

  @Test
  void boolIsTheIdOfBoolTrueOrBoolFalse() {
    assertEquals("b5757299", write(4, w -> w.writeBool(true))); // boolTrue#997275b5
    assertEquals("379779bc", write(4, w -> w.writeBool(false))); // boolFalse#bc799737
  }

  @Test
  void rawBytesHaveNoLengthAndNoPadding() {
    TlBytes int128 = TlBytes.ofHex("000102030405060708090a0b0c0d0e0f");
    assertEquals(int128.hex(), write(16, w -> w.writeRaw(int128)));
    assertEquals("0b0c0d", write(3, w -> w.writeRaw(new byte[] {10, 11, 12, 13}, 1, 3)));
  }

  @Test
  void shortBytesHaveOneLengthByteAndPadToFour() {
    assertEquals("00000000", write(4, w -> w.writeBytes(TlBytes.EMPTY))); // len 0, 3 padding
    assertEquals(
        "01" // length 1
            + "61" // "a"
            + "0000", // padding to 4
        write(4, w -> w.writeString("a")));
    assertEquals(
        "03" // length 3
            + "616263", // "abc", no padding needed
        write(4, w -> w.writeString("abc")));
    assertEquals(
        "04" // length 4
            + "61626364" // "abcd"
            + "000000", // padding to 8
        write(8, w -> w.writeString("abcd")));
  }

  @Test
  void longBytesHaveFeThenThreeLengthBytes() {
    byte[] content = new byte[254];
    Arrays.fill(content, (byte) 0x11);
    assertEquals(
        "fe" // long form
            + "fe0000" // length 254, 3 bytes LE
            + "11".repeat(254) // content
            + "0000", // 4 + 254 = 258, padding to 260
        write(260, w -> w.writeBytes(content, 0, 254)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 252, 253, 254, 255, 256, 1000, 70000})
  void bytesOfEveryLengthClassMatchTheirComputedSize(int length) {
    byte[] content = new byte[length];
    for (int i = 0; i < length; i++) {
      content[i] = (byte) (i * 7 + 1);
    }
    byte[] out = new byte[TlSizes.ofBytes(length)];
    Arrays.fill(out, (byte) 0xAA); // a reused, dirty buffer: padding must still be zero
    TlWriter w = new TlWriter(out);
    w.writeBytes(TlBytes.of(content));
    assertEquals(out.length, w.position());
    assertEquals(0, out.length % 4);
    int header = length <= 253 ? 1 : 4;
    if (header == 1) {
      assertEquals(length, out[0] & 0xFF);
    } else {
      assertEquals(0xFE, out[0] & 0xFF);
      assertEquals(length, (out[1] & 0xFF) | (out[2] & 0xFF) << 8 | (out[3] & 0xFF) << 16);
    }
    assertArrayEquals(content, Arrays.copyOfRange(out, header, header + length));
    for (int i = header + length; i < out.length; i++) {
      assertEquals(0, out[i], "padding byte " + i);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hello", "Привет, мир", "日本語のテキスト", "emoji 😀 here",
      "lone \ud800 high", "lone \udc00 low", "reversed \udc00\ud800 pair", "end \ud83d",
      "mixed a\u00e9\u0800\uffff\ud83d\ude00z"})
  void stringsAreEncodedLikeGetBytesUtf8(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    byte[] expected = new byte[TlSizes.ofBytes(utf8.length)];
    new TlWriter(expected).writeBytes(utf8, 0, utf8.length);
    byte[] actual = new byte[TlSizes.ofString(s)];
    TlWriter w = new TlWriter(actual);
    w.writeString(s);
    assertEquals(actual.length, w.position());
    assertEquals(hex(expected), hex(actual));
  }

  /** Every char of the BMP, alone and in runs of each length class, as getBytes(UTF_8) has it. */
  @Test
  void everyBmpCharIsEncodedLikeGetBytesUtf8() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "a" + (char) c + "b";
      assertArrayEquals(expected(s), written(s), () -> s);
      all.append((char) c);
    }
    for (int from = 0; from < all.length(); from += 4_000) {
      String s = all.substring(from, Math.min(all.length(), from + 5_000));
      assertArrayEquals(expected(s), written(s));
    }
  }

  private static byte[] expected(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    byte[] wire = new byte[TlSizes.ofBytes(utf8.length)];
    new TlWriter(wire).writeBytes(utf8, 0, utf8.length);
    return wire;
  }

  private static byte[] written(String s) {
    byte[] wire = new byte[TlSizes.ofString(s)];
    TlWriter w = new TlWriter(wire);
    w.writeString(s);
    assertEquals(wire.length, w.position());
    return wire;
  }

  /**
   * Text longer than a thread's scratch arrays ({@code Utf8.KEPT}), with surrogate pairs and lone
   * surrogates around that length and its multiples, is the JDK's UTF-8 (a lone surrogate '?')
   * whichever writer writes it: a thread's own, behind {@code toBytes()}; one of a given array; one
   * of a direct buffer. An encoder that works through a fixed array in pieces must not cut a pair
   * there.
   */
  @Test
  void longTextWithPairsAtTheScratchLengthIsWrittenWhole() {
    String emoji = "\ud83c\udf89";
    int kept = Utf8.KEPT;
    String[] texts = {
        "\u00e9" + "x".repeat(kept - 2) + emoji + "y", // a pair across the end of the first piece
        "\u00e9" + "x".repeat(kept - 2) + "\ud83c" + "z", // a lone high surrogate there
        "\u00e9" + "x".repeat(kept - 1) + "\udf89" + "z", // a lone low one starting the next
        "\u0416".repeat(3 * kept + 5) + emoji.repeat(kept), // many pieces, pairs at every cut
        "abc" + emoji.repeat(kept + 3)}; // an ASCII prefix moves where the pieces start
    for (String s : texts) {
      byte[] expected = expected(s);
      assertArrayEquals(expected, written(s), "an array's writer");
      byte[] viaScratch = new Text(s).toBytes();
      assertArrayEquals(expected, Arrays.copyOfRange(viaScratch, 4, viaScratch.length),
          "the thread's writer");
      java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(expected.length);
      new TlWriter(direct).writeString(s);
      byte[] fromDirect = new byte[expected.length];
      direct.get(0, fromDirect);
      assertArrayEquals(expected, fromDirect, "a direct buffer's writer");
    }
  }

  /** An object of one string field, so that {@code toBytes()} writes it with the thread's writer. */
  private record Text(String text) implements TlObject {
    @Override
    public int constructorId() {
      return 0x12345678;
    }

    @Override
    public String tlName() {
      return "text";
    }

    @Override
    public void writeBare(TlWriter w) {
      w.writeString(text);
    }

    @Override
    public void visitFields(TlFieldVisitor v) {}
  }

  @Test
  void longStringIsEncodedInTheLongForm() {
    String s = "я".repeat(200); // 400 bytes of UTF-8
    byte[] out = new byte[TlSizes.ofString(s)];
    new TlWriter(out).writeString(s);
    assertEquals("fe900100", hex(Arrays.copyOf(out, 4))); // long form, length 0x000190 = 400
    assertEquals(s, new TlReader(out).readString());
  }

  @Test
  void vectorHeaderIsIdThenCount() {
    assertEquals(
        "15c4b51c" // vector#1cb5c415
            + "03000000", // count 3
        write(8, w -> w.writeVectorHeader(3)));
  }

  @Test
  void writesStartAtTheGivenOffset() {
    byte[] buffer = new byte[8];
    TlWriter w = new TlWriter(buffer, 4);
    w.writeInt(7);
    assertEquals(8, w.position());
    assertEquals(0, w.remaining());
    assertEquals("0000000007000000", hex(w.buffer()));
    assertThrows(IndexOutOfBoundsException.class, () -> new TlWriter(buffer, 9));
  }

  @Test
  void writingPastTheEndThrowsBeforeTouchingTheBuffer() {
    byte[] buffer = new byte[6];
    TlWriter w = new TlWriter(buffer);
    w.writeInt(-1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.writeInt(1));
    assertEquals("TlWriter overflow: int needs 4 bytes at position 4 of a 6-byte buffer, 2 remain"
        + " (the size computed beforehand was too small)", e.getMessage());
    assertThrows(IllegalStateException.class, () -> w.writeLong(1));
    assertThrows(IllegalStateException.class, () -> w.writeString("ab")); // needs 4
    assertThrows(IllegalStateException.class, () -> w.writeVectorHeader(0));
    assertEquals("ffffffff0000", hex(buffer));
    assertEquals(4, w.position());
  }

  @Test
  void bytesLongerThanTheLongFormAllowsAreRejected() {
    byte[] tooLong = new byte[1 << 24];
    TlWriter w = new TlWriter(new byte[16]);
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> w.writeBytes(tooLong, 0, tooLong.length));
    assertTrue(e.getMessage().contains("16777216"), e.getMessage());
  }
}
