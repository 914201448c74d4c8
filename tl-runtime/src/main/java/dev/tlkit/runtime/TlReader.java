package dev.tlkit.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Reads TL from a byte array or a {@link ByteBuffer}, for generated decoders.
 *
 * <p>Why so many checks: the bytes come from the network and may be hostile. Every read is checked
 * against the bytes remaining, and every length or count is checked against them <em>before</em>
 * anything is allocated, so a 12-byte message claiming two billion elements fails at once instead
 * of exhausting memory. Nesting is bounded by {@link #enter()} and inflated data by {@link
 * #inflate(TlBytes)}: {@code gzip_packed} inside {@code gzip_packed} is limited to the same depth,
 * and the size limit is for all the data inflated while reading one message, so neither a chain of
 * {@code gzip_packed} nor many gzip bombs side by side get past them. The only exception that
 * escapes on bad input is {@link TlDecodeException}; {@link IllegalArgumentException} and {@link
 * IllegalStateException} mean a bug in the caller.
 *
 * <p>Offsets, in {@link #position()} and in exceptions, are indexes into the array or the buffer
 * given to the constructor, so they can be looked up in a hex dump of it.
 *
 * <p>A {@link ByteBuffer} is read where it lies, heap or direct, from its position to its limit,
 * little-endian whatever its {@link ByteBuffer#order() order}, and neither its position nor its
 * order is changed. A heap buffer is read through its array, as fast as an array; another buffer
 * (direct, or read-only) through absolute gets, its {@code string}s copied in bulk into an array
 * the thread reuses and decoded from there.
 *
 * <p><b>Sharing mode.</b> By default every {@code bytes}, {@code int128} and {@code int256} value
 * is copied out of the input, so the input may be reused as soon as decoding returns. With {@link
 * #shareInput(boolean) shareInput(true)}, such values read from an array or a heap buffer are
 * views of the input instead: decoding a 512 KiB file part then costs no copy at all. The one
 * rule: <em>the input must not change while the decoded objects live</em>, since they would
 * change with it. Values read from a direct or read-only buffer are still copied, as a {@link
 * TlBytes} is held on the heap.
 *
 * <p>Not thread-safe; cheap to create (one per message).
 */
public final class TlReader {
  /**
   * The default nesting limit of {@link #enter()}. Real Telegram messages nest fewer than 20
   * objects deep; 64 leaves room while keeping a hostile message far from a stack overflow.
   */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default limit of the size of inflated {@code gzip_packed} data: 16 MiB. */
  public static final int DEFAULT_MAX_INFLATED = 16 << 20;

  /** The highest value {@link #maxInflatedSize(int)} accepts: 1 GiB, far below array limits. */
  public static final int MAX_INFLATED_LIMIT = 1 << 30;

  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BUFFER_INT_LE =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BUFFER_LONG_LE =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The input when it is an array or a heap buffer's array, else null. */
  private final byte[] data;
  /** The input when it is a buffer without an accessible array (direct, read-only), else null. */
  private final ByteBuffer buffer;
  /**
   * What is subtracted from an index into {@link #data} to give an offset for users: a heap
   * buffer's array offset, else 0.
   */
  private final int base;
  private final int limit;
  private int pos;
  private int depth;
  private int maxDepth = DEFAULT_MAX_DEPTH;
  private int maxInflated = DEFAULT_MAX_INFLATED;
  /**
   * How much all {@code gzip_packed} data of this message has inflated to so far, shared with the
   * readers split off from this one; made on first need, as most messages have no gzip.
   */
  private int[] inflatedSoFar;
  /** How many {@code gzip_packed} layers this reader's bytes are inside of. */
  private int gzipLayers;
  /** Where the {@code bytes} value whose prefix {@link #bytesPrefix} read ends, with padding. */
  private int bytesEnd;
  /** Whether {@code bytes} values are views of {@link #data} instead of copies. */
  private boolean share;
  /** The constructor id read by {@link #readAnyBoxed(TlSchema)}, for the caller's dispatch. */
  private int boxedId;
  /** Where ids of earlier layers are read from; null (the default) makes them errors. */
  private TlHistory history;
  /**
   * Whether this reader holds the inflated data of a {@code gzip_packed} that stood for one boxed
   * value: {@link #end(Object)} then checks that the value used all of it.
   */
  private boolean inflatedValue;

  /**
   * Creates a reader of all of {@code data}. The array is not copied: do not change it while
   * reading.
   *
   * @param data the bytes to read
   */
  public TlReader(byte[] data) {
    this(data, 0, data.length);
  }

  /**
   * Creates a reader of {@code length} bytes of {@code data} from {@code offset}. The array is not
   * copied: do not change it while reading.
   *
   * @param data the array holding the bytes to read
   * @param offset the index of the first byte
   * @param length how many bytes
   * @throws IndexOutOfBoundsException if the range is not inside the array
   */
  public TlReader(byte[] data, int offset, int length) {
    this(data, null, 0, Objects.checkFromIndexSize(offset, length, data.length), offset + length);
  }

  /**
   * Creates a reader of the bytes of {@code input} from its position to its limit, heap or direct,
   * little-endian whatever its order. Neither the buffer's content nor its position, limit or
   * order is copied or changed: do not change them while reading. Offsets are indexes into the
   * buffer, as {@link ByteBuffer#get(int)} takes them.
   *
   * @param input the bytes to read
   */
  public TlReader(ByteBuffer input) {
    this(input.hasArray() ? input.array() : null, input.hasArray() ? null : input,
        input.hasArray() ? input.arrayOffset() : 0,
        (input.hasArray() ? input.arrayOffset() : 0) + input.position(),
        (input.hasArray() ? input.arrayOffset() : 0) + input.limit());
  }

  private TlReader(byte[] data, ByteBuffer buffer, int base, int pos, int limit) {
    this.data = data;
    this.buffer = buffer;
    this.base = base;
    this.pos = pos;
    this.limit = limit;
  }

  /**
   * Turns the sharing mode on or off (off by default): see the class comment. Readers split off
   * from this one ({@link #window}, {@link #inflate}) take the mode it has then.
   *
   * @param share true to make {@code bytes}, {@code int128} and {@code int256} values views of the
   *     input instead of copies
   * @return this reader
   */
  public TlReader shareInput(boolean share) {
    this.share = share;
    return this;
  }

  /**
   * Reads bytes that earlier layers wrote, too: where an id that today's schema lacks is found, it
   * is decoded by {@code history} if an earlier layer had it (into today's record, or into a record
   * of the old shape), and is an error only if none had it or it is of another type. Off by
   * default: a client talking to a server must never take an old object for a new one. Readers
   * split off from this one ({@link #window}, {@link #inflate}) read older layers too.
   *
   * @param history the generated schema's history ({@code OlderLayers.HISTORY}), or null to read
   *     today's ids only
   * @return this reader
   */
  public TlReader readOlderLayers(TlHistory history) {
    this.history = history;
    return this;
  }

  /**
   * Reads the body of {@code id}, just read where a {@code type} was expected and not one of
   * today's ids of it: through the history if this reader {@linkplain #readOlderLayers(TlHistory)
   * reads older layers} and an earlier layer had a {@code type} under that id, else it is the
   * error it is without history. Generated decoders call it from their {@code default} branch,
   * where strict decoding throws.
   *
   * @param id the id just read
   * @param type the Java type of what was expected
   * @param expected its TL name, for the error
   * @param schema the schema that names the id
   * @param <T> the Java type
   * @return the value
   * @throws TlDecodeException if no earlier layer had a {@code type} under {@code id}, at the id's
   *     offset, or if its body is malformed
   */
  public <T> T older(int id, Class<T> type, String expected, TlSchema schema) {
    if (history != null) {
      Class<?> found = history.classOf(id);
      if (found != null && type.isAssignableFrom(found)) {
        return type.cast(history.decodeBare(id, this));
      }
    }
    throw schema.unexpected(id, expected, pos - 4 - base);
  }

  /**
   * Sets the nesting limit checked by {@link #enter()}.
   *
   * @param d the deepest allowed nesting, at least 0
   * @return this reader
   */
  public TlReader maxDepth(int d) {
    if (d < 0) {
      throw new IllegalArgumentException("maxDepth < 0: " + d);
    }
    maxDepth = d;
    return this;
  }

  /**
   * Sets the limit of the size of data inflated by {@link #inflate(TlBytes)}: of all the {@code
   * gzip_packed} data of the message, added up, not of each one alone.
   *
   * @param n the largest allowed inflated size in bytes, from 0 to {@value #MAX_INFLATED_LIMIT}
   * @return this reader
   */
  public TlReader maxInflatedSize(int n) {
    if (n < 0 || n > MAX_INFLATED_LIMIT) {
      throw new IllegalArgumentException(
          "maxInflatedSize out of range 0 to " + MAX_INFLATED_LIMIT + ": " + n);
    }
    maxInflated = n;
    return this;
  }

  /**
   * Reads a TL {@code int}: 4 bytes, little-endian.
   *
   * @return the value
   * @throws TlDecodeException if fewer than 4 bytes remain
   */
  public int readInt() {
    need(4, "int");
    int v = intAt(pos);
    pos += 4;
    return v;
  }

  /**
   * Reads a TL {@code long}: 8 bytes, little-endian.
   *
   * @return the value
   * @throws TlDecodeException if fewer than 8 bytes remain
   */
  public long readLong() {
    need(8, "long");
    long v = longAt(pos);
    pos += 8;
    return v;
  }

  /**
   * Reads a TL {@code double}: IEEE 754 bits, little-endian.
   *
   * @return the value
   * @throws TlDecodeException if fewer than 8 bytes remain
   */
  public double readDouble() {
    need(8, "double");
    long v = longAt(pos);
    pos += 8;
    return Double.longBitsToDouble(v);
  }

  /**
   * Reads a boxed TL {@code Bool}.
   *
   * @return true for {@code boolTrue}, false for {@code boolFalse}
   * @throws TlDecodeException on any other id, or if truncated
   */
  public boolean readBool() {
    int id = readInt();
    if (id == TlIds.BOOL_TRUE) {
      return true;
    }
    if (id == TlIds.BOOL_FALSE) {
      return false;
    }
    throw new TlDecodeException("expected Bool (boolTrue " + TlIds.hex(TlIds.BOOL_TRUE)
        + " or boolFalse " + TlIds.hex(TlIds.BOOL_FALSE) + "), found " + TlIds.hex(id),
        pos - 4 - base);
  }

  /**
   * Reads {@code n} bytes as they are, without a length: {@code readRaw(16)} for {@code int128},
   * {@code readRaw(32)} for {@code int256}.
   *
   * @param n how many bytes, at least 0
   * @return the bytes
   * @throws TlDecodeException if fewer than {@code n} bytes remain
   */
  public TlBytes readRaw(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n < 0: " + n);
    }
    need(n, "raw bytes");
    TlBytes b = bytesAt(pos, n);
    pos += n;
    return b;
  }

  /**
   * Reads TL {@code bytes}. A length of up to 253 is accepted in the long form too ({@code fe} and
   * 3 bytes), which no conforming writer sends, so that lenient peers can still be read.
   *
   * @return the bytes
   * @throws TlDecodeException if truncated, the length prefix is {@code ff}, or the padding is not
   *     zero
   */
  public TlBytes readBytes() {
    int len = bytesPrefix("bytes");
    TlBytes b = bytesAt(pos, len);
    pos = bytesEnd;
    return b;
  }

  /**
   * Reads a TL {@code string}: TL {@code bytes} decoded as UTF-8. Malformed UTF-8 is not an
   * error: each malformed sequence becomes U+FFFD, as {@code new String(bytes, UTF_8)} does, so a
   * message with one bad string can still be read.
   *
   * @return the text
   * @throws TlDecodeException as {@link #readBytes()}
   */
  public String readString() {
    int len = bytesPrefix("string");
    String s;
    if (data != null) {
      s = utf8(data, pos, len);
    } else {
      byte[] copy = Utf8.bytes(len);
      buffer.get(pos, copy, 0, len);
      s = utf8(copy, 0, len);
    }
    pos = bytesEnd;
    return s;
  }

  /**
   * The string of {@code len} UTF-8 bytes (see {@link Utf8}): ASCII, found eight bytes at a time,
   * is copied as Latin-1, the JDK's own fastest path; other well-formed UTF-8 is decoded into the
   * thread's char array, and the string made from it; anything malformed is decoded by the JDK,
   * with its U+FFFD rules.
   */
  private static String utf8(byte[] b, int off, int len) {
    int ascii = Utf8.asciiEnd(b, off, off + len) - off;
    if (ascii == len) {
      return len == 0 ? "" : new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
    char[] out = Utf8.chars(len);
    int n = Utf8.decode(b, off, len, ascii, out);
    return n < 0 ? new String(b, off, len, StandardCharsets.UTF_8) : new String(out, 0, n);
  }

  /**
   * Reads the header of a boxed vector: checks the {@code vector} id, then reads the count as
   * {@link #readCount(int)} does.
   *
   * @param minElementSize the fewest bytes one element can take
   * @return the element count
   * @throws TlDecodeException if the id is not {@code vector}, or the count is impossible
   */
  public int readVectorHeader(int minElementSize) {
    int id = readInt();
    if (id != TlIds.VECTOR) {
      throw new TlDecodeException(
          "expected vector id " + TlIds.hex(TlIds.VECTOR) + ", found " + TlIds.hex(id),
          pos - 4 - base);
    }
    return readCount(minElementSize);
  }

  /**
   * Reads the element count of a vector and checks that the elements can fit in the bytes that
   * remain, so that the caller may allocate {@code count} slots safely.
   *
   * <p>A {@code minElementSize} of 0 (elements that take no bytes, such as bare {@code true}) is
   * counted as 1: such a vector is accepted only if at least {@code count} bytes remain. This
   * rejects a few well-formed but absurd messages (no real schema has vectors of empty values) in
   * exchange for never letting a 4-byte count make the decoder build a two-billion-element list.
   *
   * @param minElementSize the fewest bytes one element can take, at least 0
   * @return the element count
   * @throws TlDecodeException if the count is negative or more than the remaining bytes can hold
   */
  public int readCount(int minElementSize) {
    if (minElementSize < 0) {
      throw new IllegalArgumentException("minElementSize < 0: " + minElementSize);
    }
    int count = readInt();
    if (count < 0) {
      throw new TlDecodeException("negative vector count " + count, pos - 4 - base);
    }
    long needed = (long) count * Math.max(1, minElementSize);
    if (needed > limit - pos) {
      throw new TlDecodeException("vector count " + count + " of elements of at least "
          + minElementSize + " bytes needs " + needed + " bytes, " + (limit - pos) + " remain",
          pos - 4 - base);
    }
    return count;
  }

  /**
   * Returns the next int, usually a constructor id, without consuming it.
   *
   * @return the value
   * @throws TlDecodeException if fewer than 4 bytes remain
   */
  public int peekInt() {
    need(4, "constructor id");
    return intAt(pos);
  }

  /**
   * Returns the index in the array or the buffer of the next byte to read.
   *
   * @return the position
   */
  public int position() {
    return pos - base;
  }

  /**
   * Returns how many bytes are left to read.
   *
   * @return the count
   */
  public int remaining() {
    return limit - pos;
  }

  /**
   * Tells whether any bytes are left to read.
   *
   * @return {@code remaining() > 0}
   */
  public boolean hasRemaining() {
    return pos < limit;
  }

  /**
   * Checks that everything was read.
   *
   * @throws TlDecodeException naming the number of trailing bytes, if any remain
   */
  public void expectEnd() {
    if (pos < limit) {
      throw error((limit - pos) + " trailing bytes");
    }
  }

  /**
   * Enters a nested object; generated decoders call it before decoding a boxed object and call
   * {@link #exit()} after.
   *
   * @throws TlDecodeException if this makes the nesting deeper than the limit
   */
  public void enter() {
    if (++depth > maxDepth) {
      throw error("nesting deeper than " + maxDepth);
    }
  }

  /** Leaves a nested object entered with {@link #enter()}. */
  public void exit() {
    if (depth == 0) {
      throw new IllegalStateException("exit() without enter()");
    }
    depth--;
  }

  /**
   * Reads the data of a {@code gzip_packed} object whose id was just read, inflates it (see
   * {@link #inflate(TlBytes)}) and decodes one value from it with {@code decoder}, which must use
   * the inflated bytes exactly. This is what every generated decoder of a boxed value does when it
   * finds {@code gzip_packed} where its value was expected.
   *
   * @param decoder reads the value, such as {@code PhoneRequestCall::decode}
   * @param <T> the value's type
   * @return the value
   * @throws TlDecodeException if the data does not inflate, or does not hold exactly one value
   */
  public <T> T decodeInflated(Function<TlReader, T> decoder) {
    TlReader inflated = inflate(readBytes());
    T value = decoder.apply(inflated);
    inflated.expectEnd();
    return value;
  }

  /**
   * Inflates the gzip data of a {@code gzip_packed} object into a new reader over the inflated
   * bytes, with this reader's limits and nesting depth so far. Inflation stops as soon as the size
   * limit is passed, so a gzip bomb costs at most that much memory. The limit is shared: the new
   * reader, and readers inflated from it, may inflate only what this message has left of it.
   *
   * @param packed the {@code packed_data} of the {@code gzip_packed} object
   * @return a reader of the inflated bytes; its offsets are indexes into them
   * @throws TlDecodeException if this reader's bytes are already inside {@link #maxDepth(int)}
   *     layers of {@code gzip_packed}, or the data is not valid gzip, or it inflates to more than
   *     what is left of {@link #maxInflatedSize(int)}; its offset is this reader's position
   */
  public TlReader inflate(TlBytes packed) {
    if (gzipLayers >= maxDepth) {
      throw error("gzip_packed nested deeper than " + maxDepth);
    }
    shareInflatedSoFar();
    int before = inflatedSoFar[0];
    int allowed = maxInflated - before;
    byte[] out = new byte[(int) Math.min(allowed, Math.max(64L, packed.length() * 4L)) + 1];
    int size = 0;
    try (GZIPInputStream in = new GZIPInputStream(
        new ByteArrayInputStream(packed.array(), packed.offset(), packed.length()), 8192)) {
      int n;
      while ((n = in.read(out, size, out.length - size)) != -1) {
        size += n;
        if (size == out.length) {
          if (size > allowed) {
            throw error("gzip_packed data inflates to more than " + maxInflated + " bytes"
                + (before == 0 ? "" : " in all (" + before + " before this)"));
          }
          out = Arrays.copyOf(out, (int) Math.min((long) allowed + 1, 2L * out.length));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new TlDecodeException("corrupt gzip_packed data: " + e.getMessage(), pos - base, e);
    }
    inflatedSoFar[0] = before + size;
    return child(new TlReader(size == out.length ? out : Arrays.copyOf(out, size)), gzipLayers + 1);
  }

  /**
   * Splits off the next {@code length} bytes as a reader of their own, for a value whose length
   * the message states before it (MTProto's {@code message msg_id:long seqno:int bytes:int
   * body:Object}). The value is read from the returned reader, which cannot read past those bytes,
   * so a body that is an opaque vector ends where its message says and a body longer than stated
   * is an error; this reader moves past them at once. The new reader shares this one's limits,
   * nesting depth so far and sharing mode, and its offsets are indexes into the same input.
   *
   * @param length the stated length
   * @return a reader of exactly those bytes
   * @throws TlDecodeException if the length is negative or more than the bytes that remain
   */
  public TlReader window(int length) {
    if (length < 0 || length > limit - pos) {
      throw error("a length of " + length + " bytes, " + (limit - pos) + " remain");
    }
    TlReader window = child(new TlReader(data, buffer, base, pos, pos + length), gzipLayers);
    pos += length;
    return window;
  }

  /**
   * Gives a reader split off from this one ({@link #inflate}, {@link #window}) this one's limits,
   * its nesting depth so far, its sharing mode and its gzip budget, which both then spend.
   */
  private TlReader child(TlReader child, int childGzipLayers) {
    shareInflatedSoFar();
    child.share = share;
    child.history = history;
    child.maxDepth = maxDepth;
    child.maxInflated = maxInflated;
    child.inflatedSoFar = inflatedSoFar;
    child.depth = depth;
    child.gzipLayers = childGzipLayers;
    return child;
  }

  private void shareInflatedSoFar() {
    if (inflatedSoFar == null) {
      inflatedSoFar = new int[1];
    }
  }

  /**
   * Reads all the bytes that remain, for objects kept opaque.
   *
   * @return the bytes
   */
  public TlBytes readRemaining() {
    byte[] b = new byte[limit - pos];
    copy(pos, b);
    pos = limit;
    return TlBytes.wrap(b);
  }

  /**
   * Creates (does not throw) an exception at the current position, for generated decoders, for
   * example {@code throw r.error("unknown constructor id 12345678 for Message")}.
   *
   * @param what what is wrong
   * @return the exception
   */
  public TlDecodeException error(String what) {
    return new TlDecodeException(what, pos - base);
  }

  /**
   * Reads the length prefix of a {@code bytes} value, checks that the value and its zero padding
   * are all there, leaves the position at the content and {@link #bytesEnd} after the padding.
   */
  private int bytesPrefix(String what) {
    int start = pos;
    // Not need(n, what + " length"): the message would be concatenated for every value read,
    // wherever the JIT does not inline this method into a caller that names a constant.
    if (limit - pos < 1) {
      throw truncated(1, what + " length");
    }
    int len = byteAt(pos) & 0xFF;
    int header = 1;
    if (len == 0xFE) {
      if (limit - pos < 4) {
        throw truncated(4, what + " length");
      }
      len = intAt(pos) >>> 8;
      header = 4;
    } else if (len == 0xFF) {
      throw error("invalid length prefix ff for " + what);
    }
    int total = (header + len + 3) & ~3;
    if (total > limit - start) {
      throw new TlDecodeException("truncated: need " + total + " bytes for " + what + " of length "
          + len + " at offset " + (start - base) + ", " + (limit - start) + " remain",
          start - base);
    }
    int end = start + total;
    int padding = end - (start + header + len);
    // The padding is the last 0 to 3 bytes of the int that ends the value: one read, not a loop.
    if (padding != 0 && intAt(end - 4) >>> (32 - 8 * padding) != 0) {
      for (int i = end - padding; i < end; i++) {
        if (byteAt(i) != 0) {
          throw new TlDecodeException(
              "non-zero padding after " + what + " of length " + len, i - base);
        }
      }
    }
    pos = start + header;
    bytesEnd = end;
    return len;
  }

  /** Kept tiny so that the JIT inlines it into every read; the message is built only on failure. */
  private void need(int n, String what) {
    if (n > limit - pos) {
      throw truncated(n, what);
    }
  }


  /**
   * Begins reading a boxed value of one constructor: reads its constructor id, which must be
   * {@code id}, and {@linkplain #enter() enters} it. Where the schema has {@code gzip_packed} and
   * finds it instead, it inflates it and begins the value inside. The body is then read from the
   * reader returned, and {@link #end(Object)} of that reader ends the value. Every generated
   * {@code decode} of a record is these two calls:
   *
   * <pre>{@code
   * TlReader body = reader.readBoxed(ID, "Peer", Tl.SCHEMA);
   * return body.end(decodeBare(body));
   * }</pre>
   *
   * @param id the constructor id expected
   * @param expected the name of what was expected, for the error: the constructor's type
   * @param schema the schema's names and whether it has {@code gzip_packed}
   * @return this reader, or a reader of the inflated data positioned after its constructor id
   * @throws TlDecodeException if the id is another, or the nesting is too deep, or the data of
   *     {@code gzip_packed} does not inflate
   */
  public TlReader readBoxed(int id, String expected, TlSchema schema) {
    int found = readInt();
    if (found == id) {
      enter();
      return this;
    }
    if (schema.isGzipPacked(found)) {
      return inflateValue().readBoxed(id, expected, schema);
    }
    throw schema.unexpected(found, expected, pos - 4 - base);
  }

  /**
   * Begins reading a boxed value of any constructor: reads its id (inflating {@code gzip_packed}
   * as {@link #readBoxed(int, String, TlSchema)} does) and {@linkplain #enter() enters} it. The
   * caller dispatches on {@link #boxedId()} of the reader returned, reads the body from it, and
   * ends the value with its {@link #end(Object)}, or throws {@link #unexpected(String, TlSchema)}.
   *
   * @param schema the schema's names and whether it has {@code gzip_packed}
   * @return this reader, or a reader of the inflated data positioned after its constructor id
   * @throws TlDecodeException if the nesting is too deep, or {@code gzip_packed} does not inflate
   */
  public TlReader readAnyBoxed(TlSchema schema) {
    int found = readInt();
    if (schema.isGzipPacked(found)) {
      return inflateValue().readAnyBoxed(schema);
    }
    boxedId = found;
    enter();
    return this;
  }

  /**
   * Returns the constructor id that {@link #readAnyBoxed(TlSchema)} read into this reader.
   *
   * @return the id
   */
  public int boxedId() {
    return boxedId;
  }

  /**
   * Creates (does not throw) the error for the id {@link #readAnyBoxed(TlSchema)} just read,
   * where a value of {@code expected} was expected.
   *
   * @param expected the name of the type expected
   * @param schema the schema that names the id
   * @return the exception, at the offset of the id
   */
  public TlDecodeException unexpected(String expected, TlSchema schema) {
    return schema.unexpected(boxedId, expected, pos - 4 - base);
  }

  /**
   * Ends a value begun with {@link #readBoxed(int, String, TlSchema)} or {@link
   * #readAnyBoxed(TlSchema)} on the reader they returned: {@linkplain #exit() exits} it and, for
   * the data of a {@code gzip_packed}, checks that the value used all of it.
   *
   * @param value the value read
   * @param <T> its type
   * @return {@code value}
   * @throws TlDecodeException if inflated data has bytes after the value
   */
  public <T> T end(T value) {
    exit();
    if (inflatedValue) {
      expectEnd();
    }
    return value;
  }

  /**
   * The reader of the inflated data of the {@code gzip_packed} whose id was just read. If this
   * reader is itself such data, the {@code gzip_packed} was all of it.
   */
  private TlReader inflateValue() {
    TlReader inflated = inflate(readBytes());
    if (inflatedValue) {
      expectEnd();
    }
    inflated.inflatedValue = true;
    return inflated;
  }

  // Reads of one field of an object, for generated decoders: the same reads, whose errors name
  // the field ({@code user_id}), so that a decoder needs no bookkeeping of its own for them.

  /**
   * Reads an {@code int} field, as {@link #readInt()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the value
   * @throws TlDecodeException if fewer than 4 bytes remain
   */
  public int readInt(String field) {
    try {
      return readInt();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a {@code long} field, as {@link #readLong()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the value
   * @throws TlDecodeException if fewer than 8 bytes remain
   */
  public long readLong(String field) {
    try {
      return readLong();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a {@code double} field, as {@link #readDouble()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the value
   * @throws TlDecodeException if fewer than 8 bytes remain
   */
  public double readDouble(String field) {
    try {
      return readDouble();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads an object that may be null, as {@link TlWriter#writeNullable} writes it: a {@code Bool},
   * and after {@code boolTrue} the object.
   *
   * @param value the decoder of the object
   * @param <T> the object's type
   * @return the object, or null after {@code boolFalse}
   * @throws TlDecodeException if the {@code Bool} is neither, or the object cannot be read
   */
  public <T> T readNullable(Function<TlReader, T> value) {
    return readBool() ? value.apply(this) : null;
  }

  /**
   * Reads a {@code Bool} field, as {@link #readBool()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the value
   * @throws TlDecodeException if the id is neither {@code boolTrue} nor {@code boolFalse}
   */
  public boolean readBool(String field) {
    try {
      return readBool();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a {@code string} field, as {@link #readString()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the value
   * @throws TlDecodeException if the length is impossible
   */
  public String readString(String field) {
    try {
      return readString();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a {@code bytes} field, as {@link #readBytes()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the value
   * @throws TlDecodeException if the length is impossible
   */
  public TlBytes readBytes(String field) {
    try {
      return readBytes();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a field of {@code n} raw bytes ({@code int128}, {@code int256}), as {@link #readRaw(int)}
   * does.
   *
   * @param n the number of bytes
   * @param field the field's TL name, put in front of the error's path
   * @return the value
   * @throws TlDecodeException if fewer than {@code n} bytes remain
   */
  public TlBytes readRaw(int n, String field) {
    try {
      return readRaw(n);
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a {@code Vector<int>} field, as {@link #readIntVector()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header is wrong
   */
  public List<Integer> readIntVector(String field) {
    try {
      return readIntVector();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a {@code Vector<long>} field, as {@link #readLongVector()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header is wrong
   */
  public List<Long> readLongVector(String field) {
    try {
      return readLongVector();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a {@code Vector<double>} field, as {@link #readDoubleVector()} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header is wrong
   */
  public List<Double> readDoubleVector(String field) {
    try {
      return readDoubleVector();
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a boxed vector field, as {@link #readVector(int, Function)} does: an element that fails
   * names the field and its index ({@code users[3].photo}).
   *
   * @param field the field's TL name, put in front of the error's path
   * @param minElementSize the fewest bytes one element can take
   * @param element reads one element
   * @param <T> the element type
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header or an element is wrong
   */
  public <T> List<T> readVector(String field, int minElementSize, Function<TlReader, ? extends T> element) {
    try {
      return readVector(minElementSize, element);
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a bare vector field, as {@link #readBareVector(int, Function)} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @param minElementSize the fewest bytes one element can take
   * @param element reads one element
   * @param <T> the element type
   * @return the elements, an immutable list
   * @throws TlDecodeException if the count or an element is wrong
   */
  public <T> List<T> readBareVector(String field, int minElementSize, Function<TlReader, ? extends T> element) {
    try {
      return readBareVector(minElementSize, element);
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a field that holds an object, with that object's decoder: an error inside it names the
   * field in front of the object's own path ({@code media.photo.id}).
   *
   * @param field the field's TL name, put in front of the error's path
   * @param decoder reads the object, such as {@code TypeMessageMedia::decode}
   * @param <T> its type
   * @return the object
   * @throws TlDecodeException if the object does not decode
   */
  public <T> T readField(String field, Function<TlReader, T> decoder) {
    try {
      return decoder.apply(this);
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a field whose length the message states before it, as {@link #readSized(Function)} does.
   *
   * @param field the field's TL name, put in front of the error's path
   * @param value reads the value
   * @param <T> its type
   * @return the value
   * @throws TlDecodeException if the length is impossible, or the value does not fill it exactly
   */
  public <T> T readSized(String field, Function<TlReader, T> value) {
    try {
      return readSized(value);
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
  }

  /**
   * Reads a value whose length in bytes the message states before it (MTProto's {@code message
   * msg_id:long seqno:int bytes:int body:Object}): the length, then the value with {@code value}
   * within exactly that many bytes, which it may neither run past nor end short of. See {@link
   * #window(int)}.
   *
   * @param value reads the value, such as {@code Tl::decodeObject}
   * @param <T> its type
   * @return the value
   * @throws TlDecodeException if the length is impossible, or the value does not fill it exactly
   */
  public <T> T readSized(Function<TlReader, T> value) {
    TlReader window = window(readInt());
    T read = value.apply(window);
    window.expectEnd();
    return read;
  }

  /**
   * Reads a boxed vector ({@code Vector<T>}): its header, then each element with {@code element}.
   * An element that fails to read names its index in the error's path ({@code [3].photo}).
   *
   * @param minElementSize the fewest bytes one element can take (see {@link #readCount(int)})
   * @param element reads one element, such as {@code TlReader::readString} or {@code
   *     TypeUser::decode}
   * @param <T> the element type
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header or an element is wrong
   */
  public <T> List<T> readVector(int minElementSize, Function<TlReader, ? extends T> element) {
    return readElements(readVectorHeader(minElementSize), element);
  }

  /**
   * Reads a bare vector ({@code vector<T>}, no id): its count, then each element with {@code
   * element}, as {@link #readVector(int, Function)} does.
   *
   * @param minElementSize the fewest bytes one element can take
   * @param element reads one element
   * @param <T> the element type
   * @return the elements, an immutable list
   * @throws TlDecodeException if the count or an element is wrong
   */
  public <T> List<T> readBareVector(int minElementSize, Function<TlReader, ? extends T> element) {
    return readElements(readCount(minElementSize), element);
  }

  /*
   * The elements of a vector, in three small methods rather than one loop with its catch: each is
   * under HotSpot's MaxInlineSize (35 bytes), so the loop is inlined even into a decoder where the
   * vector is rare, and its element.apply sees the one decoder of that field. As one 54-byte
   * method, cold sites called it out of line, where one call site served every vector.
   */
  private <T> List<T> readElements(int count, Function<TlReader, ? extends T> element) {
    Object[] elements = new Object[count];
    try {
      fill(elements, element);
    } catch (TlDecodeException e) {
      throw e.within(failedElement(elements));
    }
    return TlList.wrap(elements);
  }

  private void fill(Object[] elements, Function<TlReader, ?> element) {
    for (int i = 0; i < elements.length; i++) {
      elements[i] = element.apply(this);
    }
  }

  /** The path step of the element that failed, {@code [3]}: no element decoder returns null. */
  private static String failedElement(Object[] elements) {
    int i = 0;
    while (i < elements.length && elements[i] != null) {
      i++;
    }
    return "[" + i + "]";
  }

  /**
   * Reads a {@code Vector<int>}. Its elements cannot fail one by one: the header's count was
   * checked against the bytes left.
   *
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header is wrong
   */
  public List<Integer> readIntVector() {
    Object[] elements = new Object[readVectorHeader(4)];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = readInt();
    }
    return TlList.wrap(elements);
  }

  /**
   * Reads a {@code Vector<long>}, as {@link #readIntVector()} does.
   *
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header is wrong
   */
  public List<Long> readLongVector() {
    Object[] elements = new Object[readVectorHeader(8)];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = readLong();
    }
    return TlList.wrap(elements);
  }

  /**
   * Reads a {@code Vector<double>}, as {@link #readIntVector()} does.
   *
   * @return the elements, an immutable list
   * @throws TlDecodeException if the header is wrong
   */
  public List<Double> readDoubleVector() {
    Object[] elements = new Object[readVectorHeader(8)];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = readDouble();
    }
    return TlList.wrap(elements);
  }

  private TlDecodeException truncated(int n, String what) {
    return new TlDecodeException("truncated: need " + n + " bytes for " + what + " at offset "
        + (pos - base) + ", " + (limit - pos) + " remain", pos - base);
  }

  // The input is an array (or a heap buffer's array) or else a buffer: every access goes through
  // these, whose test of data the JIT hoists or predicts, as a reader never changes its input.

  private int intAt(int i) {
    return data != null ? (int) INT_LE.get(data, i) : (int) BUFFER_INT_LE.get(buffer, i);
  }

  private long longAt(int i) {
    return data != null ? (long) LONG_LE.get(data, i) : (long) BUFFER_LONG_LE.get(buffer, i);
  }

  private byte byteAt(int i) {
    return data != null ? data[i] : buffer.get(i);
  }

  /** {@code n} bytes from {@code i}: a view in the sharing mode, else a copy. */
  private TlBytes bytesAt(int i, int n) {
    if (share && data != null) {
      return TlBytes.view(data, i, n);
    }
    byte[] b = new byte[n];
    copy(i, b);
    return TlBytes.wrap(b);
  }

  private void copy(int from, byte[] to) {
    if (data != null) {
      System.arraycopy(data, from, to, 0, to.length);
    } else {
      buffer.get(from, to);
    }
  }
}
