package dev.tlkit.runtime;

import static dev.tlkit.runtime.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks in {@link TlObject}'s defaults that no generated object should trip; {@link
 * TlRawObject}; {@link TlList}. The defaults of {@link TlObject} and {@link TlFunction} on
 * generated objects are specified in generated-api, where generated code exists ({@code
 * dev.tlkit.telegram.runtime.TlObjectOfGeneratedObjectsTest}).
 */
class TlObjectTest {
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
