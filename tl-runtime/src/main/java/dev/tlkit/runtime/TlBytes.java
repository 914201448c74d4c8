package dev.tlkit.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable string of bytes with value semantics: the Java type of TL {@code bytes},
 * {@code int128} and {@code int256}.
 *
 * <p>Why not {@code byte[]}: generated records compare, hash and print their fields, and a record
 * holding an array would compare by identity and could be changed behind its back. Every way in
 * copies ({@link #of(byte[])}), every way out copies ({@link #toByteArray()}), except the
 * package-private {@link #wrap(byte[])} that {@link TlReader} uses for arrays it has just
 * allocated and never shares, and {@link #view(byte[], int, int)}, with which a reader in its
 * sharing mode ({@link TlReader#shareInput(boolean)}) hands out a range of its input without a
 * copy.
 */
public final class TlBytes implements Comparable<TlBytes> {
  /** The empty byte string. */
  public static final TlBytes EMPTY = new TlBytes(new byte[0]);

  /** How many bytes {@link #toString()} shows before it cuts the hex short. */
  private static final int TO_STRING_MAX = 64;

  private static final HexFormat HEX = HexFormat.of();

  /** The array holding the content, from {@link #off} for {@link #len} bytes. */
  private final byte[] bytes;
  private final int off;
  private final int len;
  private int hash; // 0 until computed; racy but idempotent, as in String

  private TlBytes(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  private TlBytes(byte[] bytes, int off, int len) {
    this.bytes = bytes;
    this.off = off;
    this.len = len;
  }

  /**
   * Returns a byte string holding a copy of {@code bytes}.
   *
   * @param bytes the content; later changes to the array do not affect the result
   * @return the byte string
   */
  public static TlBytes of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new TlBytes(bytes.clone());
  }

  /**
   * Returns a byte string holding a copy of {@code len} bytes of {@code bytes} from {@code off}.
   *
   * @param bytes the source array
   * @param off the index of the first byte
   * @param len how many bytes
   * @return the byte string
   * @throws IndexOutOfBoundsException if the range is not inside the array
   */
  public static TlBytes of(byte[] bytes, int off, int len) {
    Objects.checkFromIndexSize(off, len, bytes.length);
    return len == 0 ? EMPTY : new TlBytes(Arrays.copyOfRange(bytes, off, off + len));
  }

  /**
   * Parses hex digits, two per byte, upper or lower case, with nothing between them.
   *
   * @param hex for example {@code "0a0B"}
   * @return the bytes the digits spell
   * @throws IllegalArgumentException on an odd number of digits or a character that is not one
   */
  public static TlBytes ofHex(String hex) {
    try {
      return wrap(HEX.parseHex(hex));
    } catch (IllegalArgumentException e) {
      String shown = hex.length() <= 40 ? hex : hex.substring(0, 40) + "...";
      throw new IllegalArgumentException("not hex: \"" + shown + "\": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the UTF-8 encoding of {@code s}, with unpaired surrogates as {@code '?'}.
   *
   * @param s the text
   * @return its UTF-8 bytes
   */
  public static TlBytes utf8(String s) {
    return wrap(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Takes ownership of {@code owned} without a copy: the caller must never touch it again. */
  static TlBytes wrap(byte[] owned) {
    return owned.length == 0 ? EMPTY : new TlBytes(owned);
  }

  /**
   * A byte string over {@code len} bytes of {@code shared} from {@code off}, without a copy: the
   * caller promises that they never change while the result lives.
   */
  static TlBytes view(byte[] shared, int off, int len) {
    return len == 0 ? EMPTY : new TlBytes(shared, off, len);
  }

  /**
   * The backing array for {@link TlWriter} and {@link TlReader}, holding the content from {@link
   * #offset()}: never change or leak it.
   */
  byte[] array() {
    return bytes;
  }

  /** Where the content starts in {@link #array()}. */
  int offset() {
    return off;
  }

  /**
   * Returns the number of bytes.
   *
   * @return the length
   */
  public int length() {
    return len;
  }

  /**
   * Tells whether there are no bytes.
   *
   * @return {@code length() == 0}
   */
  public boolean isEmpty() {
    return len == 0;
  }

  /**
   * Returns the byte at {@code i}.
   *
   * @param i an index from 0 to {@code length() - 1}
   * @return the byte, signed as Java bytes are
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public byte byteAt(int i) {
    return bytes[off + Objects.checkIndex(i, len)];
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return a new array the caller owns
   */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(bytes, off, off + len);
  }

  /**
   * Returns a read-only {@link java.nio.ByteBuffer} of the bytes, without a copy: its position is
   * 0 and its limit the length.
   *
   * @return a new read-only buffer over the content
   */
  public java.nio.ByteBuffer asReadOnlyBuffer() {
    return java.nio.ByteBuffer.wrap(bytes, off, len).slice().asReadOnlyBuffer();
  }

  /**
   * Copies the bytes into {@code dest} at {@code destOffset}.
   *
   * @param dest the target array
   * @param destOffset where the first byte goes
   * @throws IndexOutOfBoundsException if the bytes do not fit
   */
  public void copyTo(byte[] dest, int destOffset) {
    System.arraycopy(bytes, off, dest, destOffset, len);
  }

  /**
   * Returns the bytes as lower-case hex, two digits per byte.
   *
   * @return for example {@code "0a0b0c0d"}
   */
  public String hex() {
    return HEX.formatHex(bytes, off, off + len);
  }

  /**
   * Decodes the bytes as UTF-8; malformed sequences become U+FFFD, as {@code new String(bytes,
   * UTF_8)} does.
   *
   * @return the text
   */
  public String utf8() {
    return new String(bytes, off, len, StandardCharsets.UTF_8);
  }

  /**
   * Compares byte by byte as unsigned values; a proper prefix sorts first.
   *
   * @param other the byte string to compare with
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(TlBytes other) {
    return Arrays.compareUnsigned(bytes, off, off + len, other.bytes, other.off,
        other.off + other.len);
  }

  /**
   * Two byte strings are equal when they hold the same bytes.
   *
   * @param o any object
   * @return whether {@code o} is a {@code TlBytes} with the same content
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof TlBytes other
        && Arrays.equals(bytes, off, off + len, other.bytes, other.off, other.off + other.len));
  }

  /**
   * Hashes the content; computed once, then cached.
   *
   * @return {@code Arrays.hashCode} of the bytes
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 1; // as Arrays.hashCode of the content, which may be a range of a larger array
      for (int i = off, end = off + len; i < end; i++) {
        h = 31 * h + bytes[i];
      }
      hash = h;
    }
    return h;
  }

  /**
   * Shows the length and the hex of the first 64 bytes, with {@code "…"} if there are more.
   *
   * @return for example {@code "TlBytes[4]{0a0b0c0d}"}
   */
  @Override
  public String toString() {
    int shown = Math.min(len, TO_STRING_MAX);
    return "TlBytes[" + len + "]{" + HEX.formatHex(bytes, off, off + shown)
        + (shown < len ? "…" : "") + "}";
  }
}
