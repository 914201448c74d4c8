package dev.tlkit.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Writes TL into a byte array that grows as needed, or into a given array or {@link ByteBuffer}.
 *
 * <p>Why a growing buffer and no size pass: serializing walks the object once. Computing the exact
 * size first ({@code serializedSize()} before writing) walked every object twice, through calls
 * that see hundreds of classes, and measured every string twice; growing a buffer costs a bounds
 * check per write, as a fixed one does, and a copy of the output now and then. {@link
 * TlObject#toBytes()} writes into this thread's growing writer and copies the result out once.
 * Ints and longs go through a little-endian {@link VarHandle} view of the array, which the JIT
 * compiles to a single store.
 *
 * <p>A writer given an array or a buffer never grows: writing past its end throws {@link
 * IllegalStateException} before touching it, so nothing is ever silently corrupted.
 *
 * <p>A {@link ByteBuffer}, heap or direct, is written where it lies, from its position up to its
 * limit, little-endian whatever its {@link ByteBuffer#order() order}, which is never changed; nor
 * is its position: {@link TlObject#serialize(ByteBuffer)} moves it past what it wrote. A heap
 * buffer is written through its array, as fast as an array; a direct one through absolute puts.
 * {@link #position()} is then an index into the buffer.
 */
public final class TlWriter {
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  private static final VarHandle BUFFER_INT_LE =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BUFFER_LONG_LE =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * The largest array a thread's writer keeps between messages, in bytes. A larger one, grown by a
   * big message, is kept softly ({@link #large}): the next big message reuses it unless the
   * collector needed the memory, so a stream of big messages allocates only their output.
   */
  static final int KEPT = 1 << 16;

  /** Each thread's growing writer, for {@link TlObject#toBytes()}; see {@link #scratch()}. */
  private static final ThreadLocal<TlWriter> SCRATCH = ThreadLocal.withInitial(TlWriter::new);

  /** The output when it is an array or a heap buffer's array, else null. */
  private byte[] buffer;
  /** The output when it is a direct buffer, else null. */
  private final ByteBuffer direct;
  /** A heap buffer's array offset, else 0: what {@link #position()} subtracts. */
  private final int base;
  /** Where writing must stop: the array's length or the buffer's limit, as an index of either. */
  private int end;
  /** Where writing started: what {@link #toByteArray()} copies from. */
  private final int start;
  /** True for a writer that grows its own array instead of stopping at its end. */
  private final boolean grows;
  /** True while a thread's scratch writer is lent out, so that a nested call takes another. */
  private boolean lent;
  /** A scratch writer's array that grew past {@link #KEPT}, while it is not in use; else null. */
  private java.lang.ref.SoftReference<byte[]> large;
  /** While a scratch writer is lent out, the array of at most {@link #KEPT} bytes it had before. */
  private byte[] small;
  private int pos;

  /** Creates a writer of its own array, which grows as the writing needs. */
  public TlWriter() {
    this.buffer = new byte[256];
    this.direct = null;
    this.base = 0;
    this.start = 0;
    this.end = buffer.length;
    this.grows = true;
  }

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
    this.direct = null;
    this.base = 0;
    this.end = buffer.length;
    this.pos = Objects.checkFromToIndex(offset, buffer.length, buffer.length);
    this.start = pos;
    this.grows = false;
  }

  /**
   * Creates a writer that writes {@code output} from its position up to its limit, without
   * changing its position or its order.
   *
   * @param output a heap or direct buffer
   * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
   */
  public TlWriter(ByteBuffer output) {
    if (output.isReadOnly()) {
      throw new java.nio.ReadOnlyBufferException();
    }
    boolean heap = output.hasArray();
    this.buffer = heap ? output.array() : null;
    this.direct = heap ? null : output;
    this.base = heap ? output.arrayOffset() : 0;
    this.pos = base + output.position();
    this.end = base + output.limit();
    this.start = pos;
    this.grows = false;
  }

  /**
   * Writes a TL {@code int}: 4 bytes, little-endian.
   *
   * @param v the value
   */
  public void writeInt(int v) {
    ensure(4, "int");
    putInt(pos, v);
    pos += 4;
  }

  /**
   * Writes a TL {@code long}: 8 bytes, little-endian.
   *
   * @param v the value
   */
  public void writeLong(long v) {
    ensure(8, "long");
    putLong(pos, v);
    pos += 8;
  }

  /**
   * Writes a TL {@code double}: its IEEE 754 bits (NaN payloads kept), little-endian.
   *
   * @param v the value
   */
  public void writeDouble(double v) {
    ensure(8, "double");
    putLong(pos, Double.doubleToRawLongBits(v));
    pos += 8;
  }

  /**
   * Writes a boxed TL {@code Bool}: the id of {@code boolTrue} or {@code boolFalse}.
   *
   * @param v the value
   */
  public void writeBool(boolean v) {
    ensure(4, "Bool");
    putInt(pos, v ? TlIds.BOOL_TRUE : TlIds.BOOL_FALSE);
    pos += 4;
  }

  /**
   * Writes bytes as they are, without a length: for {@code int128} and {@code int256}.
   *
   * @param fixed the bytes
   */
  public void writeRaw(TlBytes fixed) {
    writeRaw(fixed.array(), fixed.offset(), fixed.length());
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
    putBytes(b, off, len);
  }

  /**
   * Writes TL {@code bytes}: a length prefix, the bytes, zero padding to a multiple of 4.
   *
   * @param b the bytes
   * @throws IllegalArgumentException if longer than {@value TlSizes#MAX_BYTES_LENGTH} bytes
   */
  public void writeBytes(TlBytes b) {
    writeBytes(b.array(), b.offset(), b.length());
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
    putBytes(b, off, len);
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
    if (direct != null) {
      writeStringToBuffer(s);
      return;
    }
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
    // The UTF-8 length is between n and 3n bytes. Where the buffer has room for the longest case,
    // write the text first and the length after it, so the chars are read once here instead of
    // twice. The length prefix is 1 byte up to 253, else 4: where n and 3n are on either side of
    // 253, the text is written after a 1-byte prefix and moved by 3 bytes if it turns out longer.
    int header = n > TlSizes.SHORT_MAX ? 4 : 3 * n <= TlSizes.SHORT_MAX ? 1 : 0;
    long longest = 3L * n;
    if (grows && 4 + longest + 3 > end - pos && longest <= KEPT) {
      // Room for the longest case, so that the text is read once (a longer one is measured first).
      grow((int) longest + 7);
    }
    if (header == 0 && 4 + longest + 3 <= end - pos) {
      int start = pos;
      int len = encodeUtf8(s, ascii, buffer, start + 1) - (start + 1);
      if (len > TlSizes.SHORT_MAX) {
        System.arraycopy(buffer, start + 1, buffer, start + 4, len);
        header = 4;
      } else {
        header = 1;
      }
      putLength(start, len);
      pos = start + header + len;
      pad(start + TlSizes.ofBytes(len));
      return;
    }
    if (header == 0 || longest > TlSizes.MAX_BYTES_LENGTH
        || header + longest + 3 > end - pos) {
      int end = writeLengthPrefix(TlSizes.utf8Length(s, ascii), "string");
      pos = encodeUtf8(s, ascii, buffer, pos);
      pad(end);
      return;
    }
    int start = pos;
    int len = encodeUtf8(s, ascii, buffer, start + header) - (start + header);
    putLength(start, len);
    pos = start + header + len;
    pad(start + TlSizes.ofBytes(len));
  }

  /**
   * Writes {@code s} as UTF-8 into {@code buf} at {@code p}, its first {@code ascii} chars being
   * ASCII; a lone surrogate becomes {@code ?}. Returns the position after the last byte.
   */
  @SuppressWarnings("deprecation") // as in writeString
  private static int encodeUtf8(String s, int ascii, byte[] buf, int p) {
    s.getBytes(0, ascii, buf, p);
    p += ascii;
    int n = s.length();
    for (int i = ascii; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf[p++] = (byte) c;
      } else if (c < 0x800) {
        // Two bytes in one store (one bounds check, not two): lead 110xxxxx, then 10xxxxxx.
        SHORT_LE.set(buf, p, (short) (0x80C0 | (c >>> 6) | ((c & 0x3F) << 8)));
        p += 2;
      } else if (!Character.isSurrogate(c)) {
        // The lead 1110xxxx and the first 10xxxxxx in one store, then the last.
        SHORT_LE.set(buf, p, (short) (0x80E0 | (c >>> 12) | ((c & 0xFC0) << 2)));
        buf[p + 2] = (byte) (0x80 | (c & 0x3F));
        p += 3;
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
   * A string into a direct buffer: its UTF-8 length first, then its bytes, encoded into the
   * thread's byte array and put in one bulk copy, as fast as into an array; a string longer than
   * that array char by char, with no array in between.
   */
  private void writeStringToBuffer(String s) {
    int n = s.length();
    int ascii = TlSizes.asciiPrefixLength(s);
    int len = ascii == n ? n : TlSizes.utf8Length(s, ascii);
    int end = writeLengthPrefix(len, "string");
    if (len <= Utf8.KEPT) {
      byte[] b = Utf8.bytes(len);
      encodeUtf8(s, ascii, b, 0);
      direct.put(pos, b, 0, len);
      pos += len;
      pad(end);
      return;
    }
    ByteBuffer out = direct;
    int p = pos;
    for (int i = 0; i < ascii; i++) {
      out.put(p++, (byte) s.charAt(i));
    }
    for (int i = ascii; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.put(p++, (byte) c);
      } else if (c < 0x800) {
        out.put(p++, (byte) (0xC0 | (c >>> 6)));
        out.put(p++, (byte) (0x80 | (c & 0x3F)));
      } else if (!Character.isSurrogate(c)) {
        out.put(p++, (byte) (0xE0 | (c >>> 12)));
        out.put(p++, (byte) (0x80 | ((c >>> 6) & 0x3F)));
        out.put(p++, (byte) (0x80 | (c & 0x3F)));
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out.put(p++, (byte) (0xF0 | (cp >>> 18)));
        out.put(p++, (byte) (0x80 | ((cp >>> 12) & 0x3F)));
        out.put(p++, (byte) (0x80 | ((cp >>> 6) & 0x3F)));
        out.put(p++, (byte) (0x80 | (cp & 0x3F)));
      } else {
        out.put(p++, (byte) '?');
      }
    }
    pos = p;
    pad(end);
  }

  /**
   * Writes a boxed object: its constructor id, then its body. As a method reference, {@code
   * TlWriter::writeBoxed} writes the elements of a vector of boxed objects.
   *
   * @param value the object
   */
  public void writeBoxed(TlObject value) {
    value.serialize(this);
  }

  /**
   * Writes an object that may be null (a field TDLib's td_api.tl says "may be null" of):
   * {@code boolFalse} for null, else {@code boolTrue} and the object as {@code value} writes it.
   *
   * @param object the object, or null
   * @param value how the object is written: {@code TlWriter::writeBoxed} or {@code TlWriter::writeBare}
   * @param <T> the object's type
   */
  public <T> void writeNullable(T object, BiConsumer<TlWriter, ? super T> value) {
    writeBool(object != null);
    if (object != null) {
      value.accept(this, object);
    }
  }

  /**
   * Writes the body of an object without its constructor id (a bare {@code %T} value). As a method
   * reference, {@code TlWriter::writeBare} writes the elements of a vector of bare objects.
   *
   * @param value the object
   */
  public void writeBare(TlObject value) {
    value.writeBare(this);
  }

  /**
   * Writes a boxed vector ({@code Vector<T>}): its header, then each element with {@code element}.
   *
   * @param list the elements
   * @param element writes one element, such as {@code TlWriter::writeString}
   * @param <T> the element type
   */
  public <T> void writeVector(List<? extends T> list, BiConsumer<TlWriter, ? super T> element) {
    int n = list.size();
    writeVectorHeader(n);
    for (int i = 0; i < n; i++) {
      element.accept(this, list.get(i));
    }
  }

  /**
   * Writes a bare vector ({@code vector<T>}): its count, then each element with {@code element}.
   *
   * @param list the elements
   * @param element writes one element
   * @param <T> the element type
   */
  public <T> void writeBareVector(List<? extends T> list, BiConsumer<TlWriter, ? super T> element) {
    int n = list.size();
    writeInt(n);
    for (int i = 0; i < n; i++) {
      element.accept(this, list.get(i));
    }
  }

  /**
   * Writes a {@code Vector<int>}.
   *
   * @param list the elements, none null
   */
  public void writeIntVector(List<Integer> list) {
    int n = list.size();
    writeVectorHeader(n);
    for (int i = 0; i < n; i++) {
      writeInt(list.get(i));
    }
  }

  /**
   * Writes a {@code Vector<long>}.
   *
   * @param list the elements, none null
   */
  public void writeLongVector(List<Long> list) {
    int n = list.size();
    writeVectorHeader(n);
    for (int i = 0; i < n; i++) {
      writeLong(list.get(i));
    }
  }

  /**
   * Writes a {@code Vector<double>}.
   *
   * @param list the elements, none null
   */
  public void writeDoubleVector(List<Double> list) {
    int n = list.size();
    writeVectorHeader(n);
    for (int i = 0; i < n; i++) {
      writeDouble(list.get(i));
    }
  }

  /**
   * Writes the header of a boxed TL vector: the {@code vector} id, then the element count. For a
   * bare vector, write only the count with {@link #writeInt(int)}.
   *
   * @param count the number of elements that follow
   */
  public void writeVectorHeader(int count) {
    ensure(8, "vector header");
    putInt(pos, TlIds.VECTOR);
    putInt(pos + 4, count);
    pos += 8;
  }

  /**
   * Returns the index in the array or the buffer being written of the next byte to write.
   *
   * @return the position
   */
  public int position() {
    return pos - base;
  }

  /**
   * Overwrites 4 bytes already written with a TL {@code int}: a count or a {@code #} field that
   * is known only once what follows it is written (the JSON reader keeps room for them).
   *
   * @param position where the int starts, as {@link #position()} gave it
   * @param v the value
   * @throws IndexOutOfBoundsException if the 4 bytes are not all written already
   */
  public void writeIntAt(int position, int v) {
    int at = base + position;
    Objects.checkFromIndexSize(at, 4, pos);
    if (at < start) {
      throw new IndexOutOfBoundsException("position " + position + " is before the writer's start");
    }
    putInt(at, v);
  }

  /**
   * Moves the position back, dropping what was written after it: the JSON reader rewrites an
   * object whose fields came out of schema order.
   *
   * @param position where writing goes on, between where the writer started and {@link #position()}
   * @throws IndexOutOfBoundsException if it is outside that range
   */
  public void rewind(int position) {
    int at = base + position;
    if (at < start || at > pos) {
      throw new IndexOutOfBoundsException("cannot rewind to " + position + ": the writer started at "
          + (start - base) + " and is at " + (pos - base));
    }
    pos = at;
  }

  /**
   * Returns how many bytes are left in the array, or in the buffer up to its limit; for a writer
   * that grows, how many it can take before it next grows.
   *
   * @return the count
   */
  public int remaining() {
    return end - pos;
  }

  /**
   * Returns a copy of the bytes written so far, from where the writer started.
   *
   * @return a new array
   * @throws UnsupportedOperationException if the writer writes a direct buffer
   */
  public byte[] toByteArray() {
    return java.util.Arrays.copyOfRange(buffer(), start, pos);
  }

  /**
   * Writes an object's serialized length as an {@code int}, then the boxed object: MTProto's
   * {@code bytes:int body:Object}. The length is written after the object, in the 4 bytes kept
   * before it, so the object is walked once.
   *
   * @param value the object
   */
  public void writeSized(TlObject value) {
    ensure(4, "length");
    int at = pos;
    pos += 4;
    value.serialize(this);
    putInt(at, pos - at - 4);
  }

  /** The boxed bytes of {@code value}, written into this thread's growing writer and copied out. */
  static byte[] toBytes(TlObject value) {
    TlWriter w = scratch();
    try {
      value.serialize(w);
      return java.util.Arrays.copyOf(w.buffer, w.pos);
    } finally {
      w.giveBack();
    }
  }

  /** The size of {@code value} boxed: what {@link #toBytes(TlObject)} would write. */
  static int sizeOf(TlObject value) {
    TlWriter w = scratch();
    try {
      value.serialize(w);
      return w.pos;
    } finally {
      w.giveBack();
    }
  }

  /**
   * Writes {@code value} boxed into {@code out} at its position and moves the position past it,
   * or throws {@link java.nio.BufferOverflowException} with nothing written: the bytes are written
   * into this thread's writer first and put in one bulk copy.
   */
  static void serialize(TlObject value, ByteBuffer out) {
    if (out.isReadOnly()) {
      throw new java.nio.ReadOnlyBufferException();
    }
    TlWriter w = scratch();
    try {
      value.serialize(w);
      if (w.pos > out.remaining()) {
        throw new java.nio.BufferOverflowException();
      }
      out.put(out.position(), w.buffer, 0, w.pos);
      out.position(out.position() + w.pos);
    } finally {
      w.giveBack();
    }
  }

  /**
   * This thread's growing writer, emptied; a new one while it is lent out (an object whose
   * serialization calls {@code toBytes()} of another).
   */
  private static TlWriter scratch() {
    TlWriter w = SCRATCH.get();
    if (w.lent) {
      return new TlWriter();
    }
    w.lent = true;
    w.pos = 0;
    w.small = w.buffer;
    byte[] kept = w.large == null ? null : w.large.get();
    if (kept != null) {
      w.buffer = kept;
      w.end = kept.length;
      w.large = null;
    }
    return w;
  }

  /**
   * Returns a scratch writer. An array that a big message grew past {@link #KEPT} is kept only
   * softly, and the small one it started from is used for the messages in between.
   */
  private void giveBack() {
    if (!lent) {
      return; // a writer made for a nested call: nothing of it is kept
    }
    lent = false;
    if (buffer.length > KEPT) {
      large = new java.lang.ref.SoftReference<>(buffer);
      buffer = small;
      end = small.length;
    }
    small = null;
  }

  /** The length of the array this thread's next big message would start from: for tests. */
  static int scratchCapacity() {
    TlWriter w = SCRATCH.get();
    byte[] kept = w.large == null ? null : w.large.get();
    return kept != null ? kept.length : w.buffer.length;
  }

  /**
   * Returns the array being written, not a copy: the one given to the constructor, or the array of
   * the heap buffer given to it.
   *
   * @return the array
   * @throws UnsupportedOperationException if the writer writes a direct buffer
   */
  public byte[] buffer() {
    if (buffer == null) {
      throw new UnsupportedOperationException("this writer writes a direct buffer");
    }
    return buffer;
  }

  /**
   * Checks that a whole {@code bytes} value fits, writes its length prefix and returns the
   * position where its padding must end.
   */
  private int writeLengthPrefix(int len, String what) {
    int total = TlSizes.ofBytes(len);
    if (total > end - pos) {
      // The message is built only here: this runs for every string and bytes field written.
      if (!grows) {
        throw overflow(total, what + " of length " + len);
      }
      grow(total);
    }
    int end = pos + total;
    pos += putLength(pos, len);
    return end;
  }

  /** Writes the length prefix of {@code len} bytes at {@code at}; returns its size, 1 or 4. */
  private int putLength(int at, int len) {
    if (len <= TlSizes.SHORT_MAX) {
      if (buffer != null) {
        buffer[at] = (byte) len;
      } else {
        direct.put(at, (byte) len);
      }
      return 1;
    }
    putInt(at, (len << 8) | 0xFE);
    return 4;
  }

  /** Writes zeros up to {@code end}: the buffer may be reused, so padding is never assumed zero. */
  private void pad(int end) {
    while (pos < end) {
      if (buffer != null) {
        buffer[pos++] = 0;
      } else {
        direct.put(pos++, (byte) 0);
      }
    }
  }

  // The output is an array (or a heap buffer's array) or else a direct buffer: every store goes
  // through these, whose test the JIT predicts, as a writer never changes its output.

  private void putInt(int at, int v) {
    if (buffer != null) {
      INT_LE.set(buffer, at, v);
    } else {
      BUFFER_INT_LE.set(direct, at, v);
    }
  }

  private void putLong(int at, long v) {
    if (buffer != null) {
      LONG_LE.set(buffer, at, v);
    } else {
      BUFFER_LONG_LE.set(direct, at, v);
    }
  }

  private void putBytes(byte[] b, int off, int len) {
    if (buffer != null) {
      System.arraycopy(b, off, buffer, pos, len);
    } else {
      direct.put(pos, b, off, len);
    }
    pos += len;
  }

  /** Kept tiny so that the JIT inlines it into every write; the rest is out of line. */
  private void ensure(int n, String what) {
    if (n > end - pos) {
      full(n, what);
    }
  }

  private void full(int n, String what) {
    if (!grows) {
      throw overflow(n, what);
    }
    grow(n);
  }

  /** Makes room for {@code n} more bytes: at least double the array, as a list does. */
  private void grow(int n) {
    long needed = (long) pos + n;
    if (needed > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("TlWriter: a message of more than " + (Integer.MAX_VALUE - 8)
          + " bytes does not fit in an array (" + pos + " written, " + n + " more needed)");
    }
    int length = (int) Math.max(needed, Math.min(2L * buffer.length, Integer.MAX_VALUE - 8));
    buffer = java.util.Arrays.copyOf(buffer, length);
    end = length;
  }

  private IllegalStateException overflow(int n, String what) {
    return new IllegalStateException("TlWriter overflow: " + what + " needs " + n
        + " bytes at position " + (pos - base) + " of a " + (end - base) + "-byte buffer, "
        + (end - pos) + " remain (the size computed beforehand was too small)");
  }
}
