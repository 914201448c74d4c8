package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code gzip_packed}: inflating is bounded in size, and bad data is a decode error. Reading
 * generated objects from the inflated data is specified in generated-api, where generated code
 * exists ({@code dev.tlkit.telegram.runtime.TlReaderDecodingGeneratedObjectsTest}).
 */
class TlInflateTest {
  private static TlBytes gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return TlBytes.of(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void emptyDataInflatesToAnEmptyReader() {
    assertEquals(0, new TlReader(new byte[0]).inflate(gzip(new byte[0])).remaining());
  }

  @Test
  void aGzipBombIsStoppedAtTheLimit() {
    byte[] chunk = new byte[1 << 20];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < 100; i++) { // 100 MB of zeros
        gz.write(chunk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TlBytes bomb = TlBytes.of(out.toByteArray());
    assertTrue(bomb.length() < 200_000, "compressed to " + bomb.length());
    TlDecodeException e = assertThrows(
        TlDecodeException.class, () -> new TlReader(new byte[0]).inflate(bomb));
    assertEquals("gzip_packed data inflates to more than 16777216 bytes", e.reason());
  }

  @Test
  void theLimitIsInclusiveAndConfigurable() {
    TlBytes thousand = gzip(new byte[1000]);
    assertEquals(1000,
        new TlReader(new byte[0]).maxInflatedSize(1000).inflate(thousand).remaining());
    TlDecodeException e = assertThrows(TlDecodeException.class,
        () -> new TlReader(new byte[0]).maxInflatedSize(999).inflate(thousand));
    assertEquals("gzip_packed data inflates to more than 999 bytes", e.reason());
    TlReader r = new TlReader(new byte[0]);
    assertThrows(IllegalArgumentException.class, () -> r.maxInflatedSize(-1));
    assertThrows(IllegalArgumentException.class, () -> r.maxInflatedSize((1 << 30) + 1));
  }

  @Test
  void theInflatedReaderKeepsTheLimitsAndDepth() {
    TlReader outer = new TlReader(new byte[0]).maxDepth(3).maxInflatedSize(100);
    outer.enter();
    outer.enter();
    TlReader inner = outer.inflate(gzip(new byte[8]));
    inner.enter(); // depth 3
    assertThrows(TlDecodeException.class, inner::enter);
    TlBytes tooBig = gzip(new byte[101]);
    assertThrows(TlDecodeException.class, () -> inner.inflate(tooBig));
  }

  @Test
  void corruptGzipIsADecodeException() {
    byte[] good = gzip(new byte[1000]).toByteArray();
    byte[] corrupt = good.clone();
    corrupt[12] ^= 0x55; // inside the deflate data
    TlDecodeException e = assertThrows(TlDecodeException.class,
        () -> new TlReader(new byte[8], 4, 4).inflate(TlBytes.of(corrupt)));
    assertTrue(e.reason().startsWith("corrupt gzip_packed data: "), e.reason());
    assertEquals(4, e.offset());
    assertTrue(e.getCause() instanceof IOException);

    for (byte[] bad : new byte[][] {
        new byte[0], // no header
        TlBytes.ofHex("1f8b").toByteArray(), // header cut short
        "not gzip at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        Arrays.copyOf(good, good.length - 5), // trailer cut short
    }) {
      assertThrows(TlDecodeException.class,
          () -> new TlReader(new byte[0]).inflate(TlBytes.of(bad)), Hex.hex(bad));
    }
  }

  @Test
  void wrongChecksumIsADecodeException() {
    byte[] bad = gzip("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toByteArray();
    bad[bad.length - 8] ^= 1; // CRC-32 in the trailer
    assertThrows(TlDecodeException.class, () -> new TlReader(new byte[0]).inflate(TlBytes.of(bad)));
  }
}
