package dev.tlkit.cli.vectors;

import java.util.Arrays;

/**
 * A growing byte buffer that writes the TL binary forms. Written apart from the runtime's
 * {@code TlWriter} on purpose: {@link ValueEncoder} is the independent side of a comparison with
 * the generated code, so it shares none of the code it checks.
 */
final class WireOutput {
  /** The longest {@code bytes} value: its length must fit in the 3 bytes after {@code fe}. */
  static final int MAX_BYTES_LENGTH = 0xFFFFFF;

  private byte[] buf = new byte[64];
  private int size;

  /** 4 bytes, least significant first. */
  void writeInt(int v) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
  }

  /** 8 bytes, least significant first. */
  void writeLong(long v) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
  }

  /** The IEEE 754 bits as a little-endian long. */
  void writeDouble(double v) {
    writeLong(Double.doubleToRawLongBits(v));
  }

  /** The bytes as they are: int128, int256. */
  void writeRaw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  /**
   * TL {@code bytes} (and {@code string}): a length of up to 253 as one byte, a longer one as
   * {@code fe} and 3 little-endian bytes; then the bytes; then zeros up to a multiple of 4.
   */
  void writeBytes(byte[] b) {
    if (b.length > MAX_BYTES_LENGTH) {
      throw new IllegalArgumentException(
          b.length + " bytes are more than TL bytes can hold (" + MAX_BYTES_LENGTH + ")");
    }
    int header;
    if (b.length <= 253) {
      ensure(1);
      buf[size++] = (byte) b.length;
      header = 1;
    } else {
      writeInt(b.length << 8 | 0xFE);
      header = 4;
    }
    writeRaw(b);
    int padding = (4 - (header + b.length) % 4) % 4;
    ensure(padding);
    size += padding; // the array is zero-filled and never rewritten
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int n) {
    if (size + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
  }
}
