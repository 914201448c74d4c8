package dev.tlkit.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * TL bytes written by hand, field by field, so that a test can write what no encoder would:
 * wrong ids, huge counts, bad padding, deep chains. Test code only.
 */
public final class Wire {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** A TL {@code int}, or a constructor id: 4 bytes, little-endian. */
  Wire i32(int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
    return this;
  }

  /** A TL {@code long}: 8 bytes, little-endian. */
  Wire i64(long v) {
    return i32((int) v).i32((int) (v >>> 32));
  }

  /** Bytes as they are, with no length. */
  Wire raw(byte... b) {
    out.writeBytes(b);
    return this;
  }

  /** TL {@code bytes} in the canonical form: short or long length prefix, zero padding. */
  Wire bytes(byte[] b) {
    int header;
    if (b.length < 254) {
      out.write(b.length);
      header = 1;
    } else {
      out.write(0xfe);
      out.write(b.length);
      out.write(b.length >>> 8);
      out.write(b.length >>> 16);
      header = 4;
    }
    out.writeBytes(b);
    for (int i = (header + b.length) % 4; i != 0 && i < 4; i++) {
      out.write(0);
    }
    return this;
  }

  /** A TL {@code string}: its UTF-8 as TL {@code bytes}. */
  Wire string(String s) {
    return bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  byte[] toArray() {
    return out.toByteArray();
  }

  /** {@code gzip_packed#3072cfa1 packed_data:bytes} around {@code content}. */
  static byte[] gzipPacked(byte[] content) {
    return new Wire().i32(0x3072cfa1).bytes(gzip(content)).toArray();
  }

  /** {@code content} gzip-compressed, as {@code gzip_packed} holds it. */
  public static byte[] gzip(byte[] content) {
    try {
      ByteArrayOutputStream packed = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
        gz.write(content);
      }
      return packed.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      all.writeBytes(p);
    }
    return all.toByteArray();
  }
}
