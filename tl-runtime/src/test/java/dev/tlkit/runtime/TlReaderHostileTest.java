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
 * after allocating more than the bytes could justify. The same of generated decoders, and the
 * field paths of their errors, are specified in generated-api, where generated code exists
 * ({@code dev.tlkit.telegram.runtime.HostileBytesInGeneratedDecodersTest}).
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
      readExpectingOnlyDecodeExceptions(data);
    }
  }

  @Test
  void mutatedValidMessagesOnlyEverCauseDecodeExceptions() {
    byte[] valid = bytes(EVERY_KIND);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      byte[] data = valid.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        data[random.nextInt(data.length)] = (byte) random.nextInt(256);
      }
      readExpectingOnlyDecodeExceptions(data);
    }
  }

  private static void readExpectingOnlyDecodeExceptions(byte[] data) {
    try { // the bytes read as the values of EVERY_KIND
      readAll(new TlReader(data));
    } catch (TlDecodeException expected) {
      // fine
    } catch (RuntimeException e) {
      fail("reading " + Hex.hex(data) + " as EVERY_KIND threw " + e, e);
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
