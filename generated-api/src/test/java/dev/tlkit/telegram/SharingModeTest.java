package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The sharing mode of {@link TlReader#shareInput(boolean)}: {@code bytes} values are views of the
 * input, not copies. The decoded objects are the same as in the default mode, byte for byte; and
 * its one rule, that the input must not change while they live, is shown here by breaking it.
 */
class SharingModeTest {
  private static final int UPLOAD_FILE = UploadFile.ID;
  private static final int STORAGE_FILE_PARTIAL = StorageFilePartial.ID;

  private static TlObject decodeSharing(byte[] wire) {
    TlReader r = new TlReader(wire).shareInput(true);
    TlObject o = Tl.decodeObject(r);
    r.expectEnd();
    return o;
  }

  private static byte[] filePart(int length) {
    byte[] content = new byte[length];
    for (int i = 0; i < length; i++) {
      content[i] = (byte) (i * 7 + 1);
    }
    return new Wire().i32(UPLOAD_FILE).i32(STORAGE_FILE_PARTIAL).i32(99).bytes(content).toArray();
  }

  @Test
  void everyGoldenVectorDecodesToTheSameObjectAndEncodesBackExactly() throws IOException {
    for (GoldenVectorsTest.Vector v : GoldenVectorsTest.load("/golden/vectors.jsonl")) {
      byte[] wire = TlBytes.ofHex(v.hex()).toByteArray();
      TlObject shared = decodeSharing(wire);
      TlObject copied = Tl.decode(wire);
      assertEquals(copied, shared, v.name());
      assertEquals(copied.hashCode(), shared.hashCode(), v.name());
      assertEquals(copied.toString(), shared.toString(), v.name());
      assertArrayEquals(wire, shared.toBytes(), v.name());
    }
  }

  @Test
  void bytesShareTheInputWhichMustNotChangeWhileTheObjectsLive() {
    byte[] wire = filePart(512 * 1024);
    UploadFile shared = (UploadFile) decodeSharing(wire);
    UploadFile copied = (UploadFile) Tl.decode(wire);
    assertEquals(copied, shared);
    // Breaking the rule: the shared value changes with its input, the copied one does not.
    wire[16] ^= 0x55; // the first content byte, after id, type, mtime and the 4-byte length
    assertNotEquals(copied, shared);
    assertEquals((byte) (1 ^ 0x55), shared.bytes().byteAt(0));
    assertEquals((byte) 1, copied.bytes().byteAt(0));
  }

  @Test
  void aSharedValueIsARangeOfTheInputAndBehavesLikeACopy() {
    byte[] wire = filePart(300);
    TlBytes shared = ((UploadFile) decodeSharing(wire)).bytes();
    TlBytes copied = ((UploadFile) Tl.decode(wire)).bytes();
    assertEquals(300, shared.length());
    assertArrayEquals(Arrays.copyOfRange(wire, 16, 316), shared.toByteArray());
    assertEquals(copied, shared);
    assertEquals(copied.hashCode(), shared.hashCode());
    assertEquals(Arrays.hashCode(copied.toByteArray()), shared.hashCode());
    assertEquals(0, shared.compareTo(copied));
    assertEquals(copied.hex(), shared.hex());
    assertEquals(copied.toString(), shared.toString());
    assertEquals(copied.utf8(), shared.utf8());
    byte[] into = new byte[302];
    shared.copyTo(into, 2);
    assertArrayEquals(copied.toByteArray(), Arrays.copyOfRange(into, 2, 302));
    ByteBuffer view = shared.asReadOnlyBuffer();
    assertEquals(300, view.remaining());
    assertEquals(shared.byteAt(299), view.get(299));
  }

  @Test
  void theSharingModeWorksOnHeapBuffersAndCopiesFromDirectOnes() {
    byte[] wire = filePart(1000);
    ByteBuffer heap = ByteBuffer.allocate(wire.length + 8).position(8).slice().put(wire).flip();
    TlReader fromHeap = new TlReader(heap).shareInput(true);
    UploadFile a = (UploadFile) Tl.decodeObject(fromHeap);
    ByteBuffer direct = ByteBuffer.allocateDirect(wire.length).put(wire).flip();
    UploadFile b = (UploadFile) Tl.decodeObject(new TlReader(direct).shareInput(true));
    assertEquals(a, b);
    heap.put(16, (byte) 0x77);
    direct.put(16, (byte) 0x77);
    assertEquals((byte) 0x77, a.bytes().byteAt(0), "a heap buffer is shared");
    assertEquals((byte) 1, b.bytes().byteAt(0), "a direct buffer is copied");
  }

  @Test
  void theDefaultCopies() {
    byte[] wire = filePart(16);
    TlReader r = new TlReader(wire);
    UploadFile f = (UploadFile) Tl.decodeObject(r);
    Arrays.fill(wire, (byte) 0);
    assertEquals((byte) 1, f.bytes().byteAt(0));
    assertEquals(f, ((UploadFile) Tl.decodeObject(new TlReader(filePart(16)).shareInput(false))));
  }

  @Test
  void readersSplitOffTakeTheMode() {
    // gzip_packed around a file part: the inflated bytes are the reader's own, shared safely.
    byte[] inner = filePart(5000);
    byte[] wire = Wire.gzipPacked(inner);
    TlObject o = decodeSharing(wire);
    assertEquals(Tl.decode(inner), o);
    Arrays.fill(wire, (byte) 0);
    assertEquals(Tl.decode(inner), o);
  }
}
