package dev.tlkit.telegram.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlIds;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.runtime.TlSizes;
import dev.tlkit.runtime.TlWriter;
import dev.tlkit.telegram.PhoneRequestCall;
import dev.tlkit.telegram.Ping;
import dev.tlkit.telegram.Pong;
import dev.tlkit.telegram.Wire;
import org.junit.jupiter.api.Test;

/**
 * {@link TlReader} under generated decoders: a whole object read from its bytes, and from the
 * reader {@link TlReader#inflate(TlBytes)} gives for {@code gzip_packed} data. These were
 * tl-runtime's ({@code TlReaderTest}, {@code TlInflateTest}), run on hand-written imitations of
 * generated code; they live here because they need generated code, and tl-runtime cannot depend on
 * the generator (tl-codegen depends on tl-runtime).
 */
class TlReaderDecodingGeneratedObjectsTest {
  private static TlBytes gzip(byte[] data) {
    return TlBytes.of(Wire.gzip(data));
  }

  @Test
  void decodesTheExampleRequest() {
    TlReader r = new TlReader(ExampleRequestCall.bytes());
    assertEquals(ExampleRequestCall.object(), PhoneRequestCall.decode(r));
    r.expectEnd();
  }

  @Test
  void inflatesIntoANewReader() {
    byte[] inner = ExampleRequestCall.object().toBytes();
    TlReader outer = new TlReader(new byte[0]);
    TlReader r = outer.inflate(gzip(inner));
    assertEquals(ExampleRequestCall.object(), PhoneRequestCall.decode(r));
    r.expectEnd();
  }

  @Test
  void readsAGzipPackedObject() {
    TlBytes packed = gzip(new Pong(1, 2).toBytes());
    byte[] wire = new byte[4 + TlSizes.ofBytes(packed)];
    TlWriter w = new TlWriter(wire);
    w.writeInt(TlIds.GZIP_PACKED); // gzip_packed#3072cfa1
    w.writeBytes(packed); // packed_data:bytes
    TlReader r = new TlReader(wire);
    assertEquals(TlIds.GZIP_PACKED, r.readInt());
    TlReader inflated = r.inflate(r.readBytes());
    r.expectEnd();
    assertEquals(new Ping(2).decodeResult(inflated), new Pong(1, 2));
  }
}
