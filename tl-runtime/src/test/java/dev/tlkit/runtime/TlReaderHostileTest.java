package dev.tlkit.runtime;

import static dev.tlkit.runtime.Hex.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes from a hostile peer: whatever they hold, only {@link TlDecodeException} escapes, and never
 * after allocating more than the bytes could justify.
 */
class TlReaderHostileTest {
  /** One value of every kind, in the order {@link #readAll(TlReader)} reads them. */
  private static final String EVERY_KIND = ""
      + "01000000" // int 1
      + "0200000000000000" // long 2
      + "000000000000f03f" // double 1.0
      + "b5757299" // Bool true
      + "000102030405060708090a0b0c0d0e0f" // int128
      + "0568656c6c6f0000" // string "hello", 1 + 5 + 2 padding
      + "fe000100" + "00".repeat(256) // bytes of length 256 in the long form, no padding
      + "15c4b51c" + "02000000" + "0a000000" + "0b000000"; // Vector<int> [10, 11]

  private static void readAll(TlReader r) {
    r.readInt();
    r.readLong();
    r.readDouble();
    r.readBool();
    r.readRaw(16);
    r.readString();
    r.readBytes();
    int n = r.readVectorHeader(4);
    for (int i = 0; i < n; i++) {
      r.readInt();
    }
    r.expectEnd();
  }

  @Test
  void everyTruncationOfEveryKindOfValueIsADecodeException() {
    byte[] whole = bytes(EVERY_KIND);
    readAll(new TlReader(whole));
    for (int length = 0; length < whole.length; length++) {
      TlReader r = new TlReader(Arrays.copyOf(whole, length));
      assertThrows(TlDecodeException.class, () -> readAll(r), "truncated to " + length);
    }
  }

  @Test
  void everyTruncationOfANestedObjectIsADecodeException() {
    byte[] whole = bytes(TlObjectTest.REQUEST_CALL_HEX);
    for (int length = 0; length < whole.length; length++) {
      TlReader r = new TlReader(whole, 0, length);
      assertThrows(TlDecodeException.class, () -> Samples.RequestCall.decode(r),
          "truncated to " + length);
    }
  }

  @Test
  void errorsDeepInsideSayWhichFieldLedThere() {
    byte[] whole = bytes(TlObjectTest.REQUEST_CALL_HEX);
    int stringAt = whole.length - 20; // the length byte of "some string here"
    whole[whole.length - 1] = 1; // its last padding byte
    TlDecodeException e = assertThrows(
        TlDecodeException.class, () -> Samples.RequestCall.decode(new TlReader(whole)));
    assertEquals("protocol.library_versions[0]", e.path());
    assertEquals(stringAt + 19, e.offset());
    assertEquals("at offset " + (stringAt + 19) + " in protocol.library_versions[0]:"
        + " non-zero padding after string of length 16", e.getMessage());
  }

  @Test
  void aCountOfTwoBillionInTwelveBytesFailsBeforeAllocating() {
    TlReader r = new TlReader(bytes(
        "15c4b51c" // vector
            + "ffffff7f" // 2^31 - 1 elements
            + "00000000")); // 4 bytes left
    assertThrows(TlDecodeException.class, () -> r.readVectorHeader(1));
  }

  @Test
  void aLengthOfSixteenMegabytesInTwentyBytesFailsBeforeAllocating() {
    TlReader r = new TlReader(bytes("fe" + "ffffff" + "00".repeat(16)));
    assertThrows(TlDecodeException.class, r::readBytes);
  }

  @Test
  void randomBytesOnlyEverCauseDecodeExceptions() {
    Random random = new Random(20240601);
    for (int i = 0; i < 20_000; i++) {
      byte[] data = new byte[random.nextInt(64)];
      random.nextBytes(data);
      decodeExpectingOnlyDecodeExceptions(data);
    }
  }

  @Test
  void mutatedValidMessagesOnlyEverCauseDecodeExceptions() {
    byte[] valid = bytes(TlObjectTest.REQUEST_CALL_HEX);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      byte[] data = valid.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        data[random.nextInt(data.length)] = (byte) random.nextInt(256);
      }
      decodeExpectingOnlyDecodeExceptions(data);
    }
  }

  private static void decodeExpectingOnlyDecodeExceptions(byte[] data) {
    try {
      Samples.RequestCall.decode(new TlReader(data));
    } catch (TlDecodeException expected) {
      return;
    } catch (RuntimeException e) {
      fail("decoding " + Hex.hex(data) + " threw " + e, e);
    }
    try { // the same bytes read as free-form values
      TlReader r = new TlReader(data);
      while (r.hasRemaining()) {
        switch (r.readInt() & 7) {
          case 0 -> r.readBytes();
          case 1 -> r.readString();
          case 2 -> r.readCount(1);
          case 3 -> r.readVectorHeader(4);
          case 4 -> r.readBool();
          case 5 -> r.readLong();
          case 6 -> r.inflate(r.readBytes());
          default -> r.readRaw(16);
        }
      }
    } catch (TlDecodeException expected) {
      // fine
    } catch (RuntimeException e) {
      fail("reading " + Hex.hex(data) + " threw " + e, e);
    }
  }

  @Test
  void deeplyNestedInputHitsTheDepthLimitNotTheStack() {
    // A chain of "nested" ids, as a recursive type would be encoded, far deeper than allowed.
    byte[] data = new byte[4 * 100_000];
    TlReader r = new TlReader(data);
    TlDecodeException e = assertThrows(TlDecodeException.class, () -> nest(r));
    assertEquals("nesting deeper than 64", e.reason());
  }

  private static void nest(TlReader r) {
    r.enter();
    r.readInt();
    if (r.hasRemaining()) {
      nest(r);
    }
    r.exit();
  }
}
