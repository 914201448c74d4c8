package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TlWriter} and {@link TlReader} over direct buffers write and read what arrays do. */
class TlBufferTest {
  private static final List<String> STRINGS = List.of("", "a", "hello", "привет мир", "你好",
      "mixed: abc привет 你好 🙂 end", "lone \uD800 surrogate", "x".repeat(253), "x".repeat(254),
      "é".repeat(127), "é".repeat(200), "日本".repeat(300),
      // Longer than the array a thread keeps for writing to direct buffers, and around its size.
      "y".repeat(Utf8.KEPT), "y".repeat(Utf8.KEPT + 1), "日本 😀".repeat(Utf8.KEPT / 4));

  @Test
  void stringsBytesAndNumbersInADirectBufferAreTheBytesOfAnArray() {
    for (String s : STRINGS) {
      int size = 4 + 8 + TlSizes.ofString(s) + TlSizes.ofBytes(3) + 8;
      byte[] array = new byte[size];
      write(new TlWriter(array), s);
      ByteBuffer direct = ByteBuffer.allocateDirect(size + 6).order(ByteOrder.BIG_ENDIAN);
      direct.position(3).limit(3 + size);
      TlWriter w = new TlWriter(direct);
      write(w, s);
      assertEquals(3 + size, w.position(), "positions are indexes into the buffer");
      assertEquals(0, w.remaining());
      byte[] written = new byte[size];
      direct.get(3, written);
      assertArrayEquals(array, written, s);
      assertEquals(3, direct.position(), "the writer does not move the buffer");

      TlReader fromArray = new TlReader(array);
      fromArray.readInt();
      fromArray.readLong();
      TlReader r = new TlReader(direct);
      assertEquals(-7, r.readInt());
      assertEquals(Long.MIN_VALUE + 5, r.readLong());
      assertEquals(fromArray.readString(), r.readString(), s);
      assertEquals(TlBytes.of(new byte[] {1, 2, 3}), r.readBytes());
      assertEquals(1.5, r.readDouble());
      r.expectEnd();
    }
  }

  private static void write(TlWriter w, String s) {
    w.writeInt(-7);
    w.writeLong(Long.MIN_VALUE + 5);
    w.writeString(s);
    w.writeBytes(TlBytes.of(new byte[] {1, 2, 3}));
    w.writeDouble(1.5);
  }

  @Test
  void aWriterOverABufferStopsAtItsLimit() {
    ByteBuffer b = ByteBuffer.allocateDirect(16).limit(6);
    TlWriter w = new TlWriter(b);
    w.writeInt(1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.writeInt(2));
    assertEquals("TlWriter overflow: int needs 4 bytes at position 4 of a 6-byte buffer, 2 remain"
        + " (the size computed beforehand was too small)", e.getMessage());
    assertThrows(java.nio.ReadOnlyBufferException.class,
        () -> new TlWriter(ByteBuffer.allocate(8).asReadOnlyBuffer()));
    assertThrows(UnsupportedOperationException.class, w::buffer);
  }
}
