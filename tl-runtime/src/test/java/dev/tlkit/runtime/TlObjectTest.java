package dev.tlkit.runtime;

import static dev.tlkit.runtime.Hex.bytes;
import static dev.tlkit.runtime.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.runtime.Samples.Ping;
import dev.tlkit.runtime.Samples.Pong;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults of {@link TlObject} and {@link TlFunction}; {@link TlRawObject}; {@link TlList}. */
class TlObjectTest {
  /** {@link Samples#requestCall()} on the wire, field by field. */
  static final String REQUEST_CALL_HEX = ""
      + "2bd4ff42" // phone.requestCall#42ffd42b
      + "01000000" // flags: video (bit 0)
      + "c65811f2" //   user_id: inputUser#f21158c6
      + "15cd5b0700000000" //     user_id: 123456789
      + "4fed0b81a0254bf2" //     access_hash: -987654321987654321
      + "2b000000" // random_id: 43
      + "13" // g_a_hash: length 19
      + "61726269747261727920313920627974657321" //   "arbitrary 19 bytes!", 1 + 19 = 20: no padding
      + "c88f87fc" // protocol: phoneCallProtocol#fc878fc8
      + "03000000" //   flags: udp_p2p (bit 0), udp_reflector (bit 1)
      + "41000000" //   min_layer: 65
      + "5c000000" //   max_layer: 92
      + "15c4b51c" //   library_versions: vector
      + "01000000" //     count 1
      + "10" //     length 16
      + "736f6d6520737472696e672068657265" //     "some string here"
      + "000000"; //     1 + 16 = 17, padded to 20

  @Test
  void toBytesWritesTheIdThenTheBody() {
    TlObject call = Samples.requestCall();
    assertEquals(REQUEST_CALL_HEX.length() / 2, call.serializedSize());
    assertEquals(call.bareSize() + 4, call.serializedSize());
    assertEquals(REQUEST_CALL_HEX, hex(call.toBytes()));
  }

  @Test
  void toBytesRejectsASizeThatOverstatesWhatIsWritten() {
    TlObject liar = new Overstated();
    IllegalStateException e = assertThrows(IllegalStateException.class, liar::toBytes);
    assertEquals(
        "overstated: serializedSize() is 12 but serialize() wrote 8 bytes", e.getMessage());
  }

  @Test
  void toBytesRejectsASizeThatUnderstatesWhatIsWritten() {
    TlObject understated = new Overstated() {
      @Override
      public int bareSize() {
        return 2;
      }
    };
    assertThrows(IllegalStateException.class, understated::toBytes);
  }

  /** Claims 8 body bytes, writes 4. */
  private static class Overstated implements TlObject {
    @Override
    public int constructorId() {
      return 1;
    }

    @Override
    public String tlName() {
      return "overstated";
    }

    @Override
    public int bareSize() {
      return 8;
    }

    @Override
    public void writeBare(TlWriter w) {
      w.writeInt(5);
    }

    @Override
    public void visitFields(TlFieldVisitor v) {}
  }

  @Test
  void functionsDecodeTheirOwnResult() {
    Ping ping = new Ping(42);
    assertEquals(
        "ec77be7a" // ping#7abe77ec
            + "2a00000000000000", // ping_id: 42
        hex(ping.toBytes()));
    byte[] answer = bytes(
        "c5737734" // pong#347773c5
            + "0100000000000000" // msg_id: 1
            + "2a00000000000000"); // ping_id: 42
    assertEquals(new Pong(1, 42), ping.decodeResult(answer));
  }

  @Test
  void decodingAResultFromBytesRejectsTrailingBytes() {
    byte[] answer = bytes("c5737734" + "0100000000000000" + "2a00000000000000" + "00");
    TlDecodeException e =
        assertThrows(TlDecodeException.class, () -> new Ping(42).decodeResult(answer));
    assertEquals("at offset 20: 1 trailing bytes", e.getMessage());
  }

  @Test
  void rawObjectKeepsItsBytesExactly() {
    TlBytes wire = TlBytes.ofHex(
        "15c4b51c" // vector#1cb5c415, where an Object was expected
            + "01000000" // count 1
            + "07000000"); // element
    TlRawObject raw = new TlRawObject(wire);
    assertEquals(TlIds.VECTOR, raw.constructorId());
    assertEquals("?", raw.tlName());
    assertEquals(8, raw.bareSize());
    assertEquals(12, raw.serializedSize());
    assertEquals(wire.hex(), hex(raw.toBytes()));
    byte[] body = new byte[8];
    raw.writeBare(new TlWriter(body));
    assertEquals("0100000007000000", hex(body));
    Map<String, Object> fields = new LinkedHashMap<>();
    raw.visitFields(fields::put);
    assertEquals(Map.of("bytes", wire), fields);
    assertEquals(new TlRawObject(TlBytes.ofHex(wire.hex())), raw);
  }

  @Test
  void rawObjectShorterThanAnIdHasIdZero() {
    TlRawObject raw = new TlRawObject(TlBytes.ofHex("0102"));
    assertEquals(0, raw.constructorId());
    assertEquals(0, raw.bareSize());
    assertEquals("0102", hex(raw.toBytes()));
    assertThrows(NullPointerException.class, () -> new TlRawObject(null));
  }

  @Test
  void tlListIsAnImmutableViewOfTheArray() {
    List<String> list = TlList.wrap(new Object[] {"a", "b"});
    assertEquals(List.of("a", "b"), list);
    assertEquals(List.of("a", "b").hashCode(), list.hashCode());
    assertEquals("[a, b]", list.toString());
    assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> list.set(0, "c"));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
    assertEquals(List.of(), TlList.wrap(new Object[0]));
    assertEquals(new ArrayList<>(list), list);
  }

  @Test
  void tlListCopyOfKeepsATlListAndCopiesAnyOtherList() {
    List<String> decoded = TlList.wrap(new Object[] {"a"});
    assertSame(decoded, TlList.copyOf(decoded));
    List<String> mutable = new ArrayList<>(List.of("a", "b"));
    List<String> copy = TlList.copyOf(mutable);
    mutable.set(0, "z");
    assertEquals(List.of("a", "b"), copy);
    assertInstanceOf(TlList.class, copy);
    assertInstanceOf(TlList.class, TlList.copyOf(List.of()));
    assertThrows(NullPointerException.class, () -> TlList.copyOf(Arrays.asList("a", null)));
  }
}
