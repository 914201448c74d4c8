package dev.tlkit.telegram.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.runtime.TlWriter;
import dev.tlkit.telegram.PhoneRequestCall;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes from a hostile peer, read by a generated decoder on {@link TlReader}: whatever they hold,
 * only {@link TlDecodeException} escapes, and its path names the fields that led
 * to the fault. These were tl-runtime's ({@code TlReaderHostileTest}), run on a hand-written
 * imitation of generated code; they live here because they need generated code, and tl-runtime
 * cannot depend on the generator (tl-codegen depends on tl-runtime). The reader's own checks on
 * hostile bytes, read value by value, stay in tl-runtime.
 */
class HostileBytesInGeneratedDecodersTest {
  @Test
  void everyTruncationOfANestedObjectIsADecodeException() {
    byte[] whole = ExampleRequestCall.bytes();
    for (int length = 0; length < whole.length; length++) {
      TlReader r = new TlReader(whole, 0, length);
      assertThrows(TlDecodeException.class, () -> PhoneRequestCall.decode(r),
          "truncated to " + length);
    }
  }

  @Test
  void errorsDeepInsideSayWhichFieldLedThere() {
    byte[] whole = ExampleRequestCall.bytes();
    int stringAt = whole.length - 20; // the length byte of "some string here"
    whole[whole.length - 1] = 1; // its last padding byte
    TlDecodeException e = assertThrows(
        TlDecodeException.class, () -> PhoneRequestCall.decode(new TlReader(whole)));
    // The field of a vector and the index of the element in it.
    assertEquals("protocol.library_versions[0]", e.path());
    assertEquals(stringAt + 19, e.offset());
    assertEquals("at offset " + (stringAt + 19) + " in protocol.library_versions[0]:"
        + " non-zero padding after string of length 16", e.getMessage());
  }

  @Test
  void randomBytesOnlyEverCauseDecodeExceptions() {
    Random random = new Random(20240601);
    for (int i = 0; i < 20_000; i++) {
      byte[] data = new byte[random.nextInt(64)];
      random.nextBytes(data);
      decodeExpectingOnlyDecodeExceptions(data);
      // Random bytes almost never start with the id; after the right id, the body is random.
      byte[] afterTheId = new byte[4 + data.length];
      new TlWriter(afterTheId).writeInt(PhoneRequestCall.ID);
      System.arraycopy(data, 0, afterTheId, 4, data.length);
      decodeExpectingOnlyDecodeExceptions(afterTheId);
    }
  }

  @Test
  void mutatedValidMessagesOnlyEverCauseDecodeExceptions() {
    byte[] valid = ExampleRequestCall.bytes();
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
      PhoneRequestCall.decode(new TlReader(data));
    } catch (TlDecodeException expected) {
      // fine
    } catch (RuntimeException e) {
      fail("decoding " + TlBytes.of(data).hex() + " threw " + e, e);
    }
  }
}
