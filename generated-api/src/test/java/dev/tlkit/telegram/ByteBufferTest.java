package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import java.io.IOException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decoding from and encoding into {@link ByteBuffer}s gives what arrays give, byte for byte and
 * error for error: heap, direct and read-only buffers, at any position and limit, in either byte
 * order, with bytes of other data around the message.
 */
class ByteBufferTest {
  private static final int VECTOR = 0x1cb5c415;
  private static final int INPUT_PEER_USER = InputPeerUser.ID;
  private static final int UPLOAD_FILE = UploadFile.ID;
  private static final int STORAGE_FILE_PARTIAL = StorageFilePartial.ID;

  private static List<byte[]> vectors;

  @BeforeAll
  static void loadVectors() throws IOException {
    vectors = new ArrayList<>();
    for (GoldenVectorsTest.Vector v : GoldenVectorsTest.load("/golden/vectors.jsonl")) {
      vectors.add(TlBytes.ofHex(v.hex()).toByteArray());
    }
  }

  /** The kinds of buffer a user may hold; each puts {@code wire} between other bytes. */
  private enum Kind {
    HEAP(ByteBuffer::allocate),
    DIRECT(ByteBuffer::allocateDirect),
    /** A heap buffer that is a slice of a larger array: its array offset is not 0. */
    HEAP_SLICE(n -> ByteBuffer.allocate(n + 5).position(5).slice()),
    READ_ONLY(n -> ByteBuffer.allocate(n));

    final Function<Integer, ByteBuffer> allocate;

    Kind(Function<Integer, ByteBuffer> allocate) {
      this.allocate = allocate;
    }

    /**
     * A buffer holding {@code before} bytes of 0x5a, then {@code wire}, then {@code after} bytes of
     * 0xa5, whose position and limit frame {@code wire}; big-endian, Java's default order.
     */
    ByteBuffer around(byte[] wire, int before, int after) {
      ByteBuffer b = allocate.apply(before + wire.length + after);
      for (int i = 0; i < before; i++) {
        b.put((byte) 0x5a);
      }
      b.put(wire);
      for (int i = 0; i < after; i++) {
        b.put((byte) 0xa5);
      }
      b.position(before).limit(before + wire.length);
      return this == READ_ONLY ? b.asReadOnlyBuffer() : b;
    }
  }

  @Test
  void everyGoldenVectorDecodesFromEveryKindOfBufferAsFromItsArray() {
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < vectors.size(); i++) {
        byte[] wire = vectors.get(i);
        int before = i % 7;
        ByteBuffer in = kind.around(wire, before, 3);
        TlObject decoded = Tl.decode(in);
        assertEquals(Tl.decode(wire), decoded, () -> kind + " " + Tl.nameOf(Tl.decode(wire).constructorId()));
        assertEquals(before + wire.length, in.position(), "decoding consumes the message");
        assertEquals(before + wire.length, in.limit());
        assertEquals(ByteOrder.BIG_ENDIAN, in.order(), "the buffer's order is left alone");
      }
    }
  }

  @Test
  void littleEndianWhateverTheBuffersOrder() {
    byte[] wire = new Wire().i32(INPUT_PEER_USER).i64(0x0102030405060708L).i64(-2).toArray();
    InputPeerUser expected = new InputPeerUser(0x0102030405060708L, -2);
    for (Kind kind : Kind.values()) {
      for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
        ByteBuffer in = kind.around(wire, 1, 1).order(order);
        assertEquals(expected, Tl.decode(in), kind + " " + order);
        assertEquals(order, in.order());
        if (kind != Kind.READ_ONLY) {
          ByteBuffer out = kind.around(new byte[wire.length], 3, 2).order(order);
          expected.serialize(out);
          assertEquals(order, out.order());
          assertArrayEquals(wire, contentOf(out, 3, wire.length), kind + " " + order);
        }
      }
    }
  }

  @Test
  void everyGoldenVectorEncodesIntoHeapAndDirectBuffersAtAnyPosition() {
    for (Kind kind : List.of(Kind.HEAP, Kind.DIRECT, Kind.HEAP_SLICE)) {
      for (int i = 0; i < vectors.size(); i++) {
        byte[] wire = vectors.get(i);
        TlObject object = Tl.decode(wire);
        int before = i % 5;
        ByteBuffer out = kind.around(new byte[wire.length], before, 4);
        out.limit(out.capacity()); // room to spare: only what the object takes is written
        object.serialize(out);
        assertEquals(before + wire.length, out.position(), "encoding moves the position past it");
        assertArrayEquals(wire, contentOf(out, before, wire.length), () -> kind + " " + object.tlName());
        for (int j = 0; j < before; j++) {
          assertEquals((byte) 0x5a, out.get(j), "bytes before the position are left alone");
        }
        for (int j = before + wire.length; j < out.capacity(); j++) {
          assertEquals((byte) 0xa5, out.get(j), "bytes after the message are left alone");
        }
      }
    }
  }

  @Test
  void encodingIntoABufferTooSmallWritesNothing() {
    InputPeerUser peer = new InputPeerUser(1, 2);
    for (Kind kind : List.of(Kind.HEAP, Kind.DIRECT, Kind.HEAP_SLICE)) {
      ByteBuffer out = kind.around(new byte[peer.serializedSize() - 1], 2, 0);
      assertThrows(BufferOverflowException.class, () -> peer.serialize(out));
      assertEquals(2, out.position());
      for (int j = 2; j < out.limit(); j++) {
        assertEquals(0, out.get(j));
      }
    }
    ByteBuffer readOnly = ByteBuffer.allocate(64).asReadOnlyBuffer();
    assertThrows(ReadOnlyBufferException.class, () -> peer.serialize(readOnly));
  }

  @Test
  void aTruncatedMessageFailsInABufferAsInAnArrayWithOffsetsInTheBuffer() {
    for (int v = 0; v < vectors.size(); v += 97) {
      byte[] wire = vectors.get(v);
      for (int cut = 0; cut < wire.length; cut++) {
        byte[] part = Arrays.copyOf(wire, cut);
        TlDecodeException fromArray =
            assertThrows(TlDecodeException.class, () -> decodeFramed(part, 6, 9));
        for (Kind kind : Kind.values()) {
          ByteBuffer in = kind.around(part, 6, 9); // bytes after the limit must not be read
          TlDecodeException fromBuffer = assertThrows(TlDecodeException.class, () -> Tl.decode(in));
          assertEquals(fromArray.reason(), fromBuffer.reason(), kind::toString);
          assertEquals(fromArray.offset(), fromBuffer.offset(), kind::toString);
          assertEquals(fromArray.path(), fromBuffer.path(), kind::toString);
          assertEquals(6, in.position(), "a failed decoding leaves the position");
        }
      }
    }
  }

  @Test
  void positionAndLimitAtTheEdgesOfTheBuffer() {
    byte[] wire = new Wire().i32(INPUT_PEER_USER).i64(7).i64(8).toArray();
    for (Kind kind : Kind.values()) {
      // The message at the very start and at the very end of the buffer.
      assertEquals(new InputPeerUser(7, 8), Tl.decode(kind.around(wire, 0, 0)));
      ByteBuffer atEnd = kind.around(wire, 11, 0);
      assertEquals(new InputPeerUser(7, 8), Tl.decode(atEnd));
      assertEquals(atEnd.capacity(), atEnd.position());
      // Nothing between position and limit, at the start, inside and at the end.
      for (int at : new int[] {0, 4, wire.length}) {
        ByteBuffer empty = kind.around(wire, 0, 0);
        empty.position(at).limit(at);
        TlDecodeException e = assertThrows(TlDecodeException.class, () -> Tl.decode(empty));
        assertEquals("truncated: need 4 bytes for int at offset " + at + ", 0 remain", e.reason());
        assertEquals(at, e.offset());
      }
      // A limit one byte short of the message.
      ByteBuffer short1 = kind.around(wire, 3, 1);
      short1.limit(short1.limit() - 1);
      TlDecodeException e = assertThrows(TlDecodeException.class, () -> Tl.decode(short1));
      assertEquals("truncated: need 8 bytes for long at offset 15, 7 remain", e.reason());
      assertEquals(15, e.offset());
      assertEquals("access_hash", e.path());
    }
  }

  @Test
  void aLengthPrefixLongerThanTheBufferFailsBeforeAnythingIsAllocated() {
    // upload.file whose bytes claim 16 MiB - 1 (long form) and 253 (short form), with 8 bytes left.
    byte[] longForm = new Wire().i32(UPLOAD_FILE).i32(STORAGE_FILE_PARTIAL).i32(1)
        .raw((byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff).i64(0).toArray();
    byte[] shortForm = new Wire().i32(UPLOAD_FILE).i32(STORAGE_FILE_PARTIAL).i32(1)
        .raw((byte) 253, (byte) 1, (byte) 2, (byte) 3).i64(0).toArray();
    for (Kind kind : Kind.values()) {
      TlDecodeException e = assertThrows(TlDecodeException.class,
          () -> Tl.decode(kind.around(longForm, 2, 300)));
      assertEquals("truncated: need 16777220 bytes for bytes of length 16777215 at offset 14,"
          + " 12 remain", e.reason());
      assertEquals(14, e.offset());
      e = assertThrows(TlDecodeException.class, () -> Tl.decode(kind.around(shortForm, 2, 300)));
      assertEquals("truncated: need 256 bytes for bytes of length 253 at offset 14, 12 remain",
          e.reason());
      // A vector count larger than the buffer can hold.
      byte[] vector = new Wire().i32(MessagesMessages.ID).i32(VECTOR).i32(Integer.MAX_VALUE).toArray();
      e = assertThrows(TlDecodeException.class, () -> Tl.decode(kind.around(vector, 1, 64)));
      assertTrue(e.reason().startsWith("vector count 2147483647 "), e::getMessage);
      assertEquals(9, e.offset());
    }
  }

  @Test
  void mutatedMessagesFailOrSucceedInABufferExactlyAsInAnArray() {
    SplittableRandom random = new SplittableRandom(13);
    for (int round = 0; round < 20_000; round++) {
      byte[] wire = vectors.get(random.nextInt(vectors.size())).clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        wire[random.nextInt(wire.length)] = (byte) random.nextInt(256);
      }
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      ByteBuffer in = kind.around(wire, 3, 3);
      TlObject fromArray;
      try {
        fromArray = decodeFramed(wire, 3, 3);
      } catch (TlDecodeException expected) {
        TlDecodeException e = assertThrows(TlDecodeException.class, () -> Tl.decode(in));
        assertEquals(expected.reason(), e.reason());
        assertEquals(expected.offset(), e.offset());
        assertEquals(expected.path(), e.path());
        continue;
      }
      assertEquals(fromArray, Tl.decode(in));
    }
  }

  @Test
  void aReaderOverABufferReportsBufferIndexesAndLeavesTheBufferAlone() {
    byte[] wire = new Wire().i32(INPUT_PEER_USER).i64(7).i64(8).toArray();
    for (Kind kind : Kind.values()) {
      ByteBuffer in = kind.around(wire, 5, 5);
      TlReader r = new TlReader(in);
      assertEquals(5, r.position());
      assertEquals(wire.length, r.remaining());
      assertEquals(new InputPeerUser(7, 8), TypeInputPeer.decode(r));
      assertEquals(5 + wire.length, r.position());
      r.expectEnd();
      assertEquals(5, in.position(), "a reader never moves the buffer");
    }
  }

  @Test
  void aFunctionsResultDecodesFromABuffer() {
    var call = new UsersGetUsers(List.of(new InputUserSelf()));
    byte[] answer = new Wire().i32(VECTOR).i32(1).i32(UserEmpty.ID).i64(42).toArray();
    for (Kind kind : Kind.values()) {
      ByteBuffer in = kind.around(answer, 2, 2);
      assertEquals(call.decodeResult(answer), call.decodeResult(in));
      assertEquals(2 + answer.length, in.position());
    }
  }

  /**
   * Decodes {@code wire} from an array in which it lies between {@code before} and {@code after}
   * other bytes, so that the array's offsets, in the reasons and in the exceptions, are those of
   * the buffers made by {@link Kind#around}.
   */
  private static TlObject decodeFramed(byte[] wire, int before, int after) {
    byte[] framed = new byte[before + wire.length + after];
    Arrays.fill(framed, (byte) 0x5a);
    System.arraycopy(wire, 0, framed, before, wire.length);
    TlReader r = new TlReader(framed, before, wire.length);
    TlObject o = Tl.decodeObject(r);
    r.expectEnd();
    return o;
  }

  private static byte[] contentOf(ByteBuffer b, int from, int length) {
    byte[] out = new byte[length];
    b.get(from, out);
    return out;
  }
}
