package dev.tlkit.runtime;

/**
 * Decodes well-formed UTF-8 into chars, for {@link TlReader#readString()}.
 *
 * <p>Why not only {@code new String(bytes, UTF_8)}: for text that is not all Latin-1, JDK 17 decodes
 * into an array sized for the worst case (two bytes per input byte) and then copies it down to
 * size, so a message of mixed-script text allocates three bytes per byte it decodes. Decoding into
 * a char array that the reader reuses and making the string from the chars it holds allocates the
 * string's own bytes only. Anything that is not well-formed UTF-8 is left to the JDK, so that bad
 * input gets exactly the JDK's U+FFFD replacements, as it always has.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code len} bytes of {@code b} from {@code off} into {@code out}, which has room for
   * at least {@code len} chars (no sequence gives more chars than it has bytes).
   *
   * @return the number of chars written, or -1 if the bytes are not well-formed UTF-8
   */
  static int decode(byte[] b, int off, int len, char[] out) {
    int i = off;
    int end = off + len;
    int n = 0;
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        out[n++] = (char) c;
        i++;
      } else if ((c & 0xE0) == 0xC0) {
        if (i + 1 >= end) {
          return -1;
        }
        int c2 = b[i + 1];
        if ((c & 0x1E) == 0 || (c2 & 0xC0) != 0x80) {
          return -1; // an overlong C0 or C1 lead, or not a continuation byte
        }
        out[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
        i += 2;
      } else if ((c & 0xF0) == 0xE0) {
        if (i + 2 >= end) {
          return -1;
        }
        int c2 = b[i + 1];
        int c3 = b[i + 2];
        if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
          return -1;
        }
        int cp = ((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return -1; // overlong, or a surrogate encoded on its own
        }
        out[n++] = (char) cp;
        i += 3;
      } else if ((c & 0xF8) == 0xF0) {
        if (i + 3 >= end) {
          return -1;
        }
        int c2 = b[i + 1];
        int c3 = b[i + 2];
        int c4 = b[i + 3];
        if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80 || (c4 & 0xC0) != 0x80) {
          return -1;
        }
        int cp = ((c & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF) {
          return -1;
        }
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        return -1; // a continuation byte where a character starts, or F8..FF
      }
    }
    return n;
  }
}
