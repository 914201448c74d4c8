package dev.tlkit.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Writes TL into a byte array that was sized exactly beforehand.
 *
 * <p>Why no growing buffer: generated code knows the exact size of every message ({@link
 * TlObject#serializedSize()}, {@link TlSizes}), so one allocation suffices and every write is a
 * bounds check and a store. Ints and longs go through a little-endian {@link VarHandle} view of the
 * array, which the JIT compiles to a single store.
 *
 * <p>Writing past the end means the size computed beforehand was wrong, a bug in the generator or
 * in hand-written code: it throws {@link IllegalStateException} before touching the array, so
 * nothing is ever silently corrupted.
 */
public final class TlWriter {
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final byte[] buffer;
  private int pos;

  /**
   * Creates a writer that writes {@code buffer} from its start.
   *
   * @param buffer the array to fill
   */
  public TlWriter(byte[] buffer) {
    this(buffer, 0);
  }

  /**
   * Creates a writer that writes {@code buffer} from {@code offset}.
   *
   * @param buffer the array to fill
   * @param offset the index of the first byte to write
   * @throws IndexOutOfBoundsException if {@code offset} is not within 0 to {@code buffer.length}
   */
  public TlWriter(byte[] buffer, int offset) {
    this.buffer = Objects.requireNonNull(buffer, "buffer");
    this.pos = Objects.checkFromToIndex(offset, buffer.length, buffer.length);
  }

  /**
   * Writes a TL {@code int}: 4 bytes, little-endian.
   *
   * @param v the value
   */
  public void writeInt(int v) {
    ensure(4, "int");
    INT_LE.set(buffer, pos, v);
    pos += 4;
  }

  /**
   * Writes a TL {@code long}: 8 bytes, little-endian.
   *
   * @param v the value
   */
  public void writeLong(long v) {
    ensure(8, "long");
    LONG_LE.set(buffer, pos, v);
    pos += 8;
  }

  /**
   * Writes a TL {@code double}: its IEEE 754 bits (NaN payloads kept), little-endian.
   *
   * @param v the value
   */
  public void writeDouble(double v) {
    ensure(8, "double");
    LONG_LE.set(buffer, pos, Double.doubleToRawLongBits(v));
    pos += 8;
  }

  /**
   * Writes a boxed TL {@code Bool}: the id of {@code boolTrue} or {@code boolFalse}.
   *
   * @param v the value
   */
  public void writeBool(boolean v) {
    ensure(4, "Bool");
    INT_LE.set(buffer, pos, v ? TlIds.BOOL_TRUE : TlIds.BOOL_FALSE);
    pos += 4;
  }

  /**
   * Writes bytes as they are, without a length: for {@code int128} and {@code int256}.
   *
   * @param fixed the bytes
   */
  public void writeRaw(TlBytes fixed) {
    byte[] b = fixed.array();
    writeRaw(b, 0, b.length);
  }

  /**
   * Writes {@code len} bytes of {@code b} from {@code off} as they are, without a length.
   *
   * @param b the source array
   * @param off the index of the first byte
   * @param len how many bytes
   * @throws IndexOutOfBoundsException if the range is not inside {@code b}
   */
  public void writeRaw(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    ensure(len, "raw bytes");
    System.arraycopy(b, off, buffer, pos, len);
    pos += len;
  }

  /**
   * Writes TL {@code bytes}: a length prefix, the bytes, zero padding to a multiple of 4.
   *
   * @param b the bytes
   * @throws IllegalArgumentException if longer than {@value TlSizes#MAX_BYTES_LENGTH} bytes
   */
  public void writeBytes(TlBytes b) {
    byte[] a = b.array();
    writeBytes(a, 0, a.length);
  }

  /**
   * Writes {@code len} bytes of {@code b} from {@code off} as TL {@code bytes}: a length prefix,
   * the bytes, zero padding to a multiple of 4.
   *
   * @param b the source array
   * @param off the index of the first byte
   * @param len how many bytes
   * @throws IndexOutOfBoundsException if the range is not inside {@code b}
   * @throws IllegalArgumentException if longer than {@value TlSizes#MAX_BYTES_LENGTH} bytes
   */
  public void writeBytes(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    int end = writeLengthPrefix(len, "bytes");
    System.arraycopy(b, off, buffer, pos, len);
    pos += len;
    pad(end);
  }

  /**
   * Writes a TL {@code string}: the UTF-8 of {@code s} as TL {@code bytes}. The text is encoded
   * straight into the buffer; unpaired surrogates become {@code '?'}, as with {@code
   * s.getBytes(UTF_8)}.
   *
   * @param s the text
   * @throws IllegalArgumentException if its UTF-8 is longer than {@value TlSizes#MAX_BYTES_LENGTH}
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int), see below
  public void writeString(String s) {
    int n = s.length();
    int ascii = TlSizes.asciiPrefixLength(s);
    if (ascii == n) {
      int end = writeLengthPrefix(n, "string");
      // This deprecated method keeps the low 8 bits of each char: wrong in general, exactly UTF-8
      // for ASCII, and a plain array copy for most strings.
      s.getBytes(0, n, buffer, pos);
      pos += n;
      pad(end);
      return;
    }
    // The UTF-8 length is between n and 3n bytes. Where that settles the length prefix (1 byte up
    // to 253, else 4) and the buffer has room for the longest case, write the text first and the
    // length after it, so the chars are read once here instead of twice.
    int header = n > TlSizes.SHORT_MAX ? 4 : 3 * n <= TlSizes.SHORT_MAX ? 1 : 0;
    long longest = 3L * n;
    if (header == 0 || longest > TlSizes.MAX_BYTES_LENGTH
        || header + longest + 3 > buffer.length - pos) {
      int end = writeLengthPrefix(TlSizes.utf8Length(s, ascii), "string");
      pos = encodeUtf8(s, ascii, pos);
      pad(end);
      return;
    }
    int start = pos;
    int len = encodeUtf8(s, ascii, start + header) - (start + header);
    putLength(start, len);
    pos = start + header + len;
    pad(start + TlSizes.ofBytes(len));
  }

  /**
   * Writes {@code s} as UTF-8 at {@code p}, its first {@code ascii} chars being ASCII; a lone
   * surrogate becomes {@code ?}. Returns the position after the last byte.
   */
  @SuppressWarnings("deprecation") // as in writeString
  private int encodeUtf8(String s, int ascii, int p) {
    byte[] buf = buffer;
    s.getBytes(0, ascii, buf, p);
    p += ascii;
    int n = s.length();
    for (int i = ascii; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[p++] = (byte) c;
      } else if (c < 0x800) {
        buf[p++] = (byte) (0xC0 | (c >>> 6));
        buf[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        buf[p++] = (byte) (0xE0 | (c >>> 12));
        buf[p++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
        buf[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buf[p++] = (byte) (0xF0 | (cp >>> 18));
        buf[p++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
        buf[p++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
        buf[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        buf[p++] = (byte) '?';
      }
    }
    return p;
  }

  /**
   * Writes the header of a boxed TL vector: the {@code vector} id, then the element count. For a
   * bare vector, write only the count with {@link #writeInt(int)}.
   *
   * @param count the number of elements that follow
   */
  public void writeVectorHeader(int count) {
    ensure(8, "vector header");
    INT_LE.set(buffer, pos, TlIds.VECTOR);
    INT_LE.set(buffer, pos + 4, count);
    pos += 8;
  }

  /**
   * Returns the index in {@link #buffer()} of the next byte to write.
   *
   * @return the position
   */
  public int position() {
    return pos;
  }

  /**
   * Returns how many bytes are left in the buffer.
   *
   * @return {@code buffer().length - position()}
   */
  public int remaining() {
    return buffer.length - pos;
  }

  /**
   * Returns the array being written, not a copy.
   *
   * @return the buffer given to the constructor
   */
  public byte[] buffer() {
    return buffer;
  }

  /**
   * Checks that a whole {@code bytes} value fits, writes its length prefix and returns the
   * position where its padding must end.
   */
  private int writeLengthPrefix(int len, String what) {
    int total = TlSizes.ofBytes(len);
    if (total > buffer.length - pos) {
      // The message is built only here: this runs for every string and bytes field written.
      throw overflow(total, what + " of length " + len);
    }
    int end = pos + total;
    pos += putLength(pos, len);
    return end;
  }

  /** Writes the length prefix of {@code len} bytes at {@code at}; returns its size, 1 or 4. */
  private int putLength(int at, int len) {
    if (len <= TlSizes.SHORT_MAX) {
      buffer[at] = (byte) len;
      return 1;
    }
    INT_LE.set(buffer, at, (len << 8) | 0xFE);
    return 4;
  }

  /** Writes zeros up to {@code end}: the buffer may be reused, so padding is never assumed zero. */
  private void pad(int end) {
    while (pos < end) {
      buffer[pos++] = 0;
    }
  }

  /** Kept tiny so that the JIT inlines it into every write; the message is built on failure. */
  private void ensure(int n, String what) {
    if (n > buffer.length - pos) {
      throw overflow(n, what);
    }
  }

  private IllegalStateException overflow(int n, String what) {
    return new IllegalStateException("TlWriter overflow: " + what + " needs " + n
        + " bytes at position " + pos + " of a " + buffer.length + "-byte buffer, "
        + (buffer.length - pos) + " remain (the size computed beforehand was too small)");
  }
}
