package dev.tlkit.runtime;

/**
 * Exact wire sizes of TL {@code bytes} and {@code string} values, for {@link TlWriter}'s length
 * prefixes and for hand-written code that sizes a value.
 *
 * <p>Strings are measured by counting the UTF-8 length from their chars instead of encoding them:
 * sizing a value must not allocate.
 */
public final class TlSizes {
  /** The longest TL {@code bytes} or {@code string}: the long form's length has 3 bytes. */
  public static final int MAX_BYTES_LENGTH = (1 << 24) - 1;

  /** Lengths up to this one use the short form, a single length byte. */
  static final int SHORT_MAX = 253;

  private TlSizes() {}

  /**
   * Returns the wire size of TL {@code bytes} of the given length: a 1-byte length for up to 253
   * bytes, else a 4-byte one ({@code fe} and 3 bytes), then the bytes, padded to a multiple of 4.
   *
   * @param length the number of content bytes, 0 to {@value #MAX_BYTES_LENGTH}
   * @return the size in bytes, a multiple of 4
   * @throws IllegalArgumentException if the length is negative or too long for TL
   */
  public static int ofBytes(int length) {
    if (length < 0 || length > MAX_BYTES_LENGTH) {
      throw new IllegalArgumentException(
          "length " + length + " out of range for TL bytes (0 to " + MAX_BYTES_LENGTH + ")");
    }
    int header = length <= SHORT_MAX ? 1 : 4;
    return (header + length + 3) & ~3;
  }

  /**
   * Returns the wire size of {@code b} as TL {@code bytes}.
   *
   * @param b the bytes
   * @return the size in bytes, a multiple of 4
   * @throws IllegalArgumentException if {@code b} is too long for TL
   */
  public static int ofBytes(TlBytes b) {
    return ofBytes(b.length());
  }

  /**
   * Returns the wire size of {@code s} as a TL {@code string}, without encoding it.
   *
   * @param s the text
   * @return the size in bytes of its UTF-8 as TL {@code bytes}
   * @throws IllegalArgumentException if its UTF-8 is too long for TL
   */
  public static int ofString(String s) {
    return ofBytes(utf8Length(s));
  }

  /**
   * Returns the length of the UTF-8 encoding of {@code s}, equal to {@code
   * s.getBytes(UTF_8).length} but without allocating: 1 byte per char below U+0080, 2 below U+0800,
   * 4 per surrogate pair, 1 per unpaired surrogate (encoded as {@code '?'}), else 3.
   *
   * @param s the text
   * @return its UTF-8 length
   * @throws IllegalArgumentException if the length does not fit in an int
   */
  public static int utf8Length(String s) {
    int ascii = asciiPrefixLength(s);
    return ascii == s.length() ? ascii : utf8Length(s, ascii);
  }

  /** The number of leading chars of {@code s} below U+0080: the common, one-byte-per-char case. */
  static int asciiPrefixLength(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) < 0x80) {
      i++;
    }
    return i;
  }

  /** The UTF-8 length of {@code s} when its first {@code from} chars are known to be ASCII. */
  static int utf8Length(String s, int from) {
    int n = s.length();
    // One byte for every char, plus one more from U+0080 and another from U+0800, counted without
    // branches: text that mixes scripts would make the branches of a plain if-chain unpredictable.
    long length = n;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      length += ((0x7F - c) >>> 31) + ((0x7FF - c) >>> 31);
      if ((c & 0xF800) == 0xD800) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++; // a pair is 4 bytes: 3 counted for the high surrogate, 1 for the low one
        } else {
          length -= 2; // a lone surrogate is written as '?'
        }
      }
    }
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("UTF-8 of a " + n + "-char string is too long: " + length);
    }
    return (int) length;
  }
}
