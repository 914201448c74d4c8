package dev.tlkit.runtime;

import static dev.tlkit.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How {@link TlReader} reads each TL value, and how it reports what is wrong. Reading whole
 * generated objects is specified in generated-api, where generated code exists ({@code
 * dev.tlkit.telegram.runtime.TlReaderDecodingGeneratedObjectsTest}).
 */
class TlReaderTest {
  private static TlReader reader(String hex) {
    return new TlReader(bytes(hex));
  }

  private static TlDecodeException fails(String hex, Consumer<TlReader> read) {
    TlReader r = reader(hex);
    return assertThrows(TlDecodeException.class, () -> read.accept(r));
  }

  @Test
  void readsIntsLongsAndDoublesLittleEndian() {
    TlReader r = reader(
        "04030201" // int 0x01020304
            + "4fed0b81a0254bf2" // long -987654321987654321
            + "00000000000004c0"); // double -2.5
    assertEquals(0x01020304, r.readInt());
    assertEquals(-987654321987654321L, r.readLong());
    assertEquals(-2.5, r.readDouble());
    r.expectEnd();
  }

  @Test
  void readsBoolIds() {
    TlReader r = reader(
        "b5757299" // boolTrue
            + "379779bc"); // boolFalse
    assertTrue(r.readBool());
    assertFalse(r.readBool());
  }

  @Test
  void anyOtherBoolIdIsAnError() {
    TlDecodeException e = fails("00000000" + "15c4b51c", r -> {
      r.readInt();
      r.readBool();
    });
    assertEquals(4, e.offset());
    assertEquals("at offset 4: expected Bool (boolTrue 997275b5 or boolFalse bc799737),"
        + " found 1cb5c415", e.getMessage());
  }

  @Test
  void aWindowReadsExactlyTheStatedBytesAndTheReaderMovesPastThem() {
    TlReader r = reader("01000000" + "02000000" + "03000000");
    r.readInt();
    TlReader window = r.window(4);
    assertEquals(8, r.position());
    assertEquals(4, window.position(), "offsets stay indexes into the same array");
    assertEquals(2, window.readInt());
    TlDecodeException past = assertThrows(TlDecodeException.class, window::readInt);
    assertEquals(8, past.offset());
    window.expectEnd();
    assertEquals(3, r.readInt());
  }

  @Test
  void aWindowLongerThanTheBytesLeftOrNegativeIsAnError() {
    TlReader r = reader("01000000" + "02000000");
    r.readInt();
    assertEquals("at offset 4: a length of 5 bytes, 4 remain",
        assertThrows(TlDecodeException.class, () -> r.window(5)).getMessage());
    assertEquals("at offset 4: a length of -1 bytes, 4 remain",
        assertThrows(TlDecodeException.class, () -> r.window(-1)).getMessage());
    assertEquals(4, r.position(), "a failed window moves nothing");
  }

  @Test
  void aWindowKeepsTheNestingDepthSoFar() {
    TlReader r = reader("00000000").maxDepth(2);
    r.enter();
    TlReader window = r.window(4);
    window.enter();
    assertThrows(TlDecodeException.class, window::enter);
  }

  @Test
  void readsRawBytesAsTheyAre() {
    TlReader r = reader("000102030405060708090a0b0c0d0e0f" + "ff");
    assertEquals(TlBytes.ofHex("000102030405060708090a0b0c0d0e0f"), r.readRaw(16));
    assertEquals(1, r.remaining());
    assertEquals(TlBytes.EMPTY, r.readRaw(0));
  }

  @Test
  void readsShortBytes() {
    TlReader r = reader(
        "00000000" // empty
            + "01610000" // length 1, "a", 2 padding
            + "03616263" // length 3, "abc", no padding
            + "04616263" + "64000000"); // length 4, "abcd", 3 padding
    assertEquals(TlBytes.EMPTY, r.readBytes());
    assertEquals("a", r.readString());
    assertEquals(TlBytes.utf8("abc"), r.readBytes());
    assertEquals("abcd", r.readString());
    r.expectEnd();
  }

  @Test
  void readsLongBytes() {
    TlReader r = reader(
        "fe" // long form
            + "fe0000" // length 254
            + "11".repeat(254)
            + "0000"); // 258 padded to 260
    TlBytes b = r.readBytes();
    assertEquals(254, b.length());
    assertEquals(0x11, b.byteAt(253));
    r.expectEnd();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3, 4, 252, 253, 254, 255, 256, 1000, 100_000})
  void bytesRoundTripAtEveryLengthClass(int length) {
    byte[] content = new byte[length];
    for (int i = 0; i < length; i++) {
      content[i] = (byte) (i * 31 + 7);
    }
    byte[] wire = new byte[TlSizes.ofBytes(length) + 4];
    TlWriter w = new TlWriter(wire);
    w.writeBytes(TlBytes.of(content));
    w.writeInt(42); // something after, to show the reader stops in the right place
    TlReader r = new TlReader(wire);
    assertArrayEquals(content, r.readBytes().toByteArray());
    assertEquals(42, r.readInt());
    r.expectEnd();
  }

  @Test
  void acceptsTheLongFormForShortLengths() {
    // Not what conforming writers send, but harmless: read leniently.
    TlReader r = reader(
        "fe" // long form
            + "030000" // length 3
            + "616263" // "abc"
            + "00"); // 7 padded to 8
    assertEquals("abc", r.readString());
    r.expectEnd();
  }

  @Test
  void lengthPrefixFfIsAnError() {
    TlDecodeException e = fails("ff000000", TlReader::readBytes);
    assertEquals("at offset 0: invalid length prefix ff for bytes", e.getMessage());
  }

  @Test
  void nonZeroPaddingIsAnError() {
    TlDecodeException e = fails(
        "01" // length 1
            + "61" // "a"
            + "0001", // padding, second byte not zero
        TlReader::readString);
    assertEquals(3, e.offset());
    assertEquals("at offset 3: non-zero padding after string of length 1", e.getMessage());
  }

  /**
   * The first non-zero padding byte is named, whichever of the 1 to 3 padding bytes it is, after
   * a value at any offset, from an array or a direct buffer; zero padding is read past.
   */
  @Test
  void everyNonZeroPaddingByteIsFoundAtItsOffset() {
    for (int len = 0; len < 12; len++) {
      int padding = TlSizes.ofBytes(len) - 1 - len;
      for (int bad = -1; bad < padding; bad++) {
        byte[] wire = new byte[8 + TlSizes.ofBytes(len)];
        wire[8] = (byte) len;
        for (int i = 0; i < len; i++) {
          wire[9 + i] = 'x';
        }
        if (bad >= 0) {
          wire[9 + len + bad] = 7;
          if (bad + 1 < padding) {
            wire[9 + len + bad + 1] = 1; // a later bad byte is not the one named
          }
        }
        java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(wire.length).put(wire).flip();
        for (TlReader r : new TlReader[] {new TlReader(wire), new TlReader(direct)}) {
          r.readLong();
          if (bad < 0) {
            assertEquals("x".repeat(len), r.readString());
            r.expectEnd();
          } else {
            TlDecodeException e = assertThrows(TlDecodeException.class, r::readString);
            assertEquals(9 + len + bad, e.offset());
            assertEquals("at offset " + (9 + len + bad) + ": non-zero padding after string of length "
                + len, e.getMessage());
          }
        }
      }
    }
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() {
    TlReader r = reader(
        "03" // length 3
            + "61" // "a"
            + "ff" // never valid in UTF-8
            + "62"); // "b"
    assertEquals("a\ufffdb", r.readString());
  }

  @Test
  void readsUtf8Strings() {
    String s = "Привет 😀";
    byte[] wire = new byte[TlSizes.ofString(s)];
    new TlWriter(wire).writeString(s);
    assertEquals(s, new TlReader(wire).readString());
    assertEquals(s.getBytes(StandardCharsets.UTF_8).length, wire[0]);
  }

  @Test
  void readsVectorHeaders() {
    TlReader r = reader(
        "15c4b51c" // vector
            + "02000000" // count 2
            + "01000000" + "02000000" // elements
            + "01000000" // bare vector: count 1
            + "03000000"); // element
    assertEquals(2, r.readVectorHeader(4));
    assertEquals(1, r.readInt());
    assertEquals(2, r.readInt());
    assertEquals(1, r.readCount(4));
    assertEquals(3, r.readInt());
    r.expectEnd();
  }

  @Test
  void vectorHeaderWithAnotherIdIsAnError() {
    TlDecodeException e = fails("b5757299" + "00000000", r -> r.readVectorHeader(4));
    assertEquals("at offset 0: expected vector id 1cb5c415, found 997275b5", e.getMessage());
  }

  @Test
  void negativeCountIsAnError() {
    TlDecodeException e = fails("ffffffff", r -> r.readCount(4));
    assertEquals("at offset 0: negative vector count -1", e.getMessage());
  }

  @Test
  void countIsCheckedAgainstTheBytesLeftBeforeAnythingIsAllocated() {
    // 12 bytes claim 2^31 - 1 elements of at least 4 bytes: rejected at once.
    TlDecodeException e = fails(
        "15c4b51c" // vector
            + "ffffff7f" // count 2147483647
            + "00000000", // one element's worth
        r -> r.readVectorHeader(4));
    assertEquals(4, e.offset());
    assertEquals("at offset 4: vector count 2147483647 of elements of at least 4 bytes needs"
        + " 8589934588 bytes, 4 remain", e.getMessage());
  }

  @Test
  void countThatExactlyFitsIsAccepted() {
    assertEquals(2, reader("02000000" + "00".repeat(16)).readCount(8));
    assertThrows(TlDecodeException.class, () -> reader("03000000" + "00".repeat(16)).readCount(8));
  }

  @Test
  void zeroSizedElementsCountAsOneByteEach() {
    // vector<true>: elements take no bytes, but a count may not exceed the bytes left.
    assertEquals(4, reader("04000000" + "00000000").readCount(0));
    assertThrows(TlDecodeException.class, () -> reader("05000000" + "00000000").readCount(0));
    assertThrows(IllegalArgumentException.class, () -> reader("00000000").readCount(-1));
  }

  @Test
  void peekIntDoesNotConsume() {
    TlReader r = reader("c65811f2");
    assertEquals(0xf21158c6, r.peekInt());
    assertEquals(0, r.position());
    assertEquals(0xf21158c6, r.readInt());
    assertFalse(r.hasRemaining());
    assertThrows(TlDecodeException.class, r::peekInt);
  }

  @Test
  void expectEndNamesTheTrailingBytes() {
    TlDecodeException e = fails("0100000002", r -> {
      r.readInt();
      r.expectEnd();
    });
    assertEquals("at offset 4: 1 trailing bytes", e.getMessage());
  }

  @Test
  void readsASliceWithOffsetsIntoTheWholeArray() {
    byte[] data = bytes(
        "eeeeeeee" // not ours: before the slice
            + "07000000" // the slice: one int
            + "eeeeeeee"); // not ours: after the slice
    TlReader r = new TlReader(data, 4, 4);
    assertEquals(4, r.position());
    assertEquals(4, r.remaining());
    assertEquals(7, r.readInt());
    assertEquals(8, r.position());
    TlDecodeException e = assertThrows(TlDecodeException.class, r::readInt);
    assertEquals("at offset 8: truncated: need 4 bytes for int at offset 8, 0 remain",
        e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> new TlReader(data, 10, 4));
  }

  @Test
  void truncationSaysWhatWasBeingRead() {
    TlDecodeException e = fails("0000000000000000" + "00000000" + "0000000000000000", r -> {
      r.readLong();
      r.readInt();
      r.readRaw(12);
    });
    assertEquals(12, e.offset());
    assertEquals("truncated: need 12 bytes for raw bytes at offset 12, 8 remain", e.reason());
    e = fails("000000" + "00000000000000", r -> {
      r.readRaw(3);
      r.readLong();
    });
    assertEquals("at offset 3: truncated: need 8 bytes for long at offset 3, 7 remain",
        e.getMessage());
  }

  @Test
  void hugeLengthInASmallBufferIsAnError() {
    // A 3-byte length of 16 MB in a 20-byte buffer: rejected before allocating.
    TlDecodeException e = fails("fe" + "ffffff" + "00".repeat(16), TlReader::readBytes);
    assertEquals("at offset 0: truncated: need 16777220 bytes for bytes of length 16777215"
        + " at offset 0, 20 remain", e.getMessage());
  }

  @Test
  void depthIsLimited() {
    TlReader r = reader("").maxDepth(2);
    r.enter();
    r.enter();
    TlDecodeException e = assertThrows(TlDecodeException.class, r::enter);
    assertEquals("at offset 0: nesting deeper than 2", e.getMessage());
    TlReader balanced = reader("");
    for (int i = 0; i < 1000; i++) { // enter and exit in turn never go deep
      balanced.enter();
      balanced.exit();
    }
    assertThrows(IllegalStateException.class, balanced::exit);
    assertEquals(64, TlReader.DEFAULT_MAX_DEPTH);
    assertThrows(IllegalArgumentException.class, () -> reader("").maxDepth(-1));
  }

  @Test
  void readRemainingTakesEverythingLeft() {
    TlReader r = reader("01000000" + "0203");
    r.readInt();
    assertEquals(TlBytes.ofHex("0203"), r.readRemaining());
    assertEquals(TlBytes.EMPTY, r.readRemaining());
    r.expectEnd();
  }

  @Test
  void errorBuildsAnExceptionAtTheCurrentPosition() {
    TlReader r = reader("0100000002000000");
    r.readInt();
    TlDecodeException e = r.error("unknown constructor id 00000002 for Message");
    assertEquals(4, e.offset());
    assertEquals("at offset 4: unknown constructor id 00000002 for Message", e.getMessage());
  }

}
