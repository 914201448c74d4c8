package dev.tlkit.telegram.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlFunction;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.telegram.Ping;
import dev.tlkit.telegram.Pong;
import org.junit.jupiter.api.Test;

/**
 * The defaults of {@link TlObject} and {@link TlFunction} ({@code toBytes}, {@code
 * decodeResult}) on the records the generator makes. They were tl-runtime's, run on hand-written
 * imitations of generated code; they live here because they need generated code, and tl-runtime
 * cannot depend on the generator (tl-codegen depends on tl-runtime). The defaults on objects that
 * no generator would make (a size that lies) stay in tl-runtime's {@code TlObjectTest}.
 */
class TlObjectOfGeneratedObjectsTest {
  private static String hex(byte[] b) {
    return TlBytes.of(b).hex();
  }

  @Test
  void toBytesWritesTheIdThenTheBody() {
    TlObject call = ExampleRequestCall.object();
    assertEquals(ExampleRequestCall.HEX.length() / 2, call.serializedSize());
    assertEquals(ExampleRequestCall.HEX, hex(call.toBytes()));
  }

  @Test
  void functionsDecodeTheirOwnResult() {
    Ping ping = new Ping(42);
    assertEquals(
        "ec77be7a" // ping#7abe77ec
            + "2a00000000000000", // ping_id: 42
        hex(ping.toBytes()));
    byte[] answer = TlBytes.ofHex(
        "c5737734" // pong#347773c5
            + "0100000000000000" // msg_id: 1
            + "2a00000000000000").toByteArray(); // ping_id: 42
    assertEquals(new Pong(1, 42), ping.decodeResult(answer));
  }

  @Test
  void decodingAResultFromBytesRejectsTrailingBytes() {
    byte[] answer =
        TlBytes.ofHex("c5737734" + "0100000000000000" + "2a00000000000000" + "00").toByteArray();
    TlDecodeException e =
        assertThrows(TlDecodeException.class, () -> new Ping(42).decodeResult(answer));
    assertEquals("at offset 20: 1 trailing bytes", e.getMessage());
  }
}
