package dev.tlkit.runtime;

import static dev.tlkit.runtime.Hex.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * {@link TlObject}'s defaults: one write into a growing writer, copied out exactly; {@link
 * TlRawObject}; {@link TlList}. The defaults of {@link TlObject} and {@link TlFunction} on
 * generated objects are specified in generated-api, where generated code exists ({@code
 * dev.tlkit.telegram.runtime.TlObjectOfGeneratedObjectsTest}).
 */
class TlObjectTest {
  @Test
  void toBytesWritesOnceAndCopiesExactlyWhatWasWritten() {
    TlObject small = new Ints(1, 5);
    assertEquals("01000000" + "05000000", hex(small.toBytes()));
    assertEquals(8, small.serializedSize());
  }

  @Test
  void toBytesGrowsPastTheArrayAThreadKeepsAndStillGivesExactBytes() {
    int count = TlWriter.KEPT / 4 + 1000;
    TlObject big = new Ints(2, new int[count]);
    byte[] bytes = big.toBytes();
    assertEquals(4 + 4L * count, bytes.length);
    assertEquals(4 + 4 * count, big.serializedSize());
    // The thread's writer is emptied and usable again after a message bigger than it keeps.
    assertEquals("01000000" + "05000000", hex(new Ints(1, 5).toBytes()));
  }

  /**
   * A stream of big messages allocates their output, not a grown array each: the array the first
   * one grew is kept (softly, so the collector may still take it) for the next.
   */
  @Test
  void theArrayABigMessageGrewIsKeptForTheNextBigOne() {
    TlObject big = new Ints(2, new int[TlWriter.KEPT / 4 + 1000]);
    big.toBytes();
    int grown = TlWriter.scratchCapacity();
    assertTrue(grown > TlWriter.KEPT, "grown to " + grown);

    assertEquals("01000000" + "05000000", hex(new Ints(1, 5).toBytes()));
    byte[] again = big.toBytes();

    assertEquals(grown, TlWriter.scratchCapacity(), "the same array, not grown again");
    assertEquals(4 + 4 * (TlWriter.KEPT / 4 + 1000), again.length);
  }

  @Test
  void anObjectWhoseWritingCallsToBytesOfAnotherGetsBothRight() {
    TlObject inner = new Ints(7, 1, 2);
    TlObject outer = outer(w -> {
      byte[] b = inner.toBytes(); // nested use of the thread's writer
      w.writeBytes(b, 0, b.length);
    });
    assertEquals("09000000" + "0c" + "07000000" + "01000000" + "02000000" + "000000",
        hex(outer.toBytes()));
  }

  /** An object {@code outer#9} whose body {@code body} writes, calling toBytes() of another inside. */
  private static TlObject outer(java.util.function.Consumer<TlWriter> body) {
    return new TlObject() {
      @Override
      public int constructorId() {
        return 9;
      }

      @Override
      public String tlName() {
        return "outer";
      }

      @Override
      public void writeBare(TlWriter w) {
        body.accept(w);
      }

      @Override
      public void visitFields(TlFieldVisitor v) {}
    };
  }

  /** The nested writer that an object's own toBytes() gets may grow past what a thread keeps. */
  @Test
  void aNestedToBytesOfABigObjectGrowsItsOwnWriter() {
    TlObject inner = new Ints(7, new int[TlWriter.KEPT / 4 + 1000]);
    TlObject outer = outer(w -> w.writeInt(inner.toBytes().length)); // nested use of the thread's writer
    int innerLength = 4 + 4 * (TlWriter.KEPT / 4 + 1000);
    assertEquals(hex(new Ints(9, innerLength).toBytes()), hex(outer.toBytes()));
    assertEquals(8, outer.serializedSize());
  }

  @Test
  void aBufferTooSmallIsLeftAsItWas() {
    java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(6);
    out.put(0, (byte) 0x55);
    assertThrows(java.nio.BufferOverflowException.class, () -> new Ints(1, 5).serialize(out));
    assertEquals(0, out.position());
    assertEquals(0x55, out.get(0));
    assertEquals(0, out.get(1));
  }

  @Test
  void writeSizedPutsTheLengthOfTheObjectBeforeIt() {
    TlWriter w = new TlWriter();
    w.writeSized(new Ints(3, 4, 5));
    assertEquals("0c000000" + "03000000" + "04000000" + "05000000", hex(w.toByteArray()));
  }

  /** Id {@code id}, then the ints given. */
  private record Ints(int id, int... values) implements TlObject {
    @Override
    public int constructorId() {
      return id;
    }

    @Override
    public String tlName() {
      return "ints";
    }

    @Override
    public void writeBare(TlWriter w) {
      for (int v : values) {
        w.writeInt(v);
      }
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
