package dev.tlkit.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 decoding for {@link TlReader#readString()}, and the scratch arrays that the text paths of
 * {@link TlReader} and {@link TlWriter} reuse: text is most of the bytes of real traffic.
 *
 * <p>Decoding. ASCII is found eight bytes at a time and becomes a Latin-1 string with one copy
 * (the JDK's own fastest way to make a string). Other well-formed UTF-8 is decoded into a char
 * array that the thread reuses, and the string made from the chars it holds: for text that is not
 * all Latin-1, {@code new String(bytes, UTF_8)} decodes into an array sized for the worst case
 * (two bytes per input byte) and copies it down to size, so it allocates three to four bytes per
 * byte it decodes. Anything that is not well-formed UTF-8 is left to the JDK, so that bad input
 * gets exactly the JDK's U+FFFD replacements, as it always has.
 *
 * <p>Why a thread's arrays and not a reader's or a writer's own: {@code Tl.decode(bytes)} makes a
 * reader per message (and {@code serialize(ByteBuffer)} a writer), so arrays of their own would
 * be allocated again for every message. An array is taken and used within one call of its
 * caller, never kept in a field, so a reader or writer handed to another thread stays correct.
 * The byte array holds a {@code string} read from a direct or read-only buffer, or written to a
 * direct one, so that it is decoded or put in one bulk copy.
 */
final class Utf8 {
  /**
   * The largest scratch array a thread keeps, in chars (and in bytes for the byte array): enough
   * for any Telegram message text (4,096 chars), so that a longer one costs one array of its own
   * instead of memory kept by every thread for good.
   */
  static final int KEPT = 1 << 14;

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The arrays a thread reuses; see the class comment. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    char[] chars = new char[256];
    byte[] bytes = new byte[256];
  }

  private Utf8() {}

  /** A char array of at least {@code n} chars, this thread's own if it is not too big. */
  static char[] chars(int n) {
    Scratch s = SCRATCH.get();
    char[] c = s.chars;
    if (c.length < n) {
      c = new char[Math.max(n, Math.min(2 * c.length, KEPT))];
      if (c.length <= KEPT) {
        s.chars = c;
      }
    }
    return c;
  }

  /** A byte array of at least {@code n} bytes, this thread's own if it is not too big. */
  static byte[] bytes(int n) {
    Scratch s = SCRATCH.get();
    byte[] b = s.bytes;
    if (b.length < n) {
      b = new byte[Math.max(n, Math.min(2 * b.length, KEPT))];
      if (b.length <= KEPT) {
        s.bytes = b;
      }
    }
    return b;
  }

  /**
   * The index of the first byte from {@code i} that is not ASCII, or {@code end}: eight bytes at a
   * time, then one at a time.
   */
  static int asciiEnd(byte[] b, int i, int end) {
    while (i <= end - 16) {
      long w = (long) LONG_LE.get(b, i) | (long) LONG_LE.get(b, i + 8);
      if ((w & 0x8080808080808080L) != 0) {
        break;
      }
      i += 16;
    }
    if (i <= end - 8 && ((long) LONG_LE.get(b, i) & 0x8080808080808080L) == 0) {
      i += 8;
    }
    while (i < end && b[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Decodes {@code len} bytes of {@code b} from {@code off}, whose first {@code ascii} bytes are
   * ASCII, into {@code out}, which has room for at least {@code len} chars (no sequence gives more
   * chars than it has bytes).
   *
   * @return the number of chars written, or -1 if the bytes are not well-formed UTF-8
   */
  static int decode(byte[] b, int off, int len, int ascii, char[] out) {
    for (int k = 0; k < ascii; k++) {
      out[k] = (char) b[off + k];
    }
    int i = off + ascii;
    int end = off + len;
    int n = ascii;
    // Leads and continuations compared as signed bytes: 80..BF is -128..-65, C2..DF is -62..-33,
    // E0..EF is -32..-17, F0..F4 is -16..-12.
    while (i < end) {
      int c = b[i];
      if (c >= 0) {
        out[n++] = (char) c;
        i++;
      } else if (c < -32) {
        // Two bytes: U+0080 to U+07FF (Latin-1 and Latin extensions, Greek, Cyrillic, Hebrew,
        // Arabic). C0 and C1 would be overlong; 80..BF are continuations where a char starts.
        if (c < -62 || i + 1 >= end) {
          return -1;
        }
        int c2 = b[i + 1];
        if (c2 >= -64) {
          return -1;
        }
        out[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
        i += 2;
      } else if (c < -16) {
        // Three bytes: the rest of the BMP (CJK, kana, most symbols).
        if (i + 2 >= end) {
          return -1;
        }
        int c2 = b[i + 1];
        int c3 = b[i + 2];
        if (c2 >= -64 || c3 >= -64) {
          return -1;
        }
        int cp = ((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
        if (cp < 0x800 || (cp & 0xF800) == 0xD800) {
          return -1; // overlong, or a surrogate encoded on its own
        }
        out[n++] = (char) cp;
        i += 3;
      } else {
        // Four bytes: U+10000 to U+10FFFF (emoji), a surrogate pair.
        if (c > -12 || i + 3 >= end) {
          return -1;
        }
        int c2 = b[i + 1];
        int c3 = b[i + 2];
        int c4 = b[i + 3];
        if (c2 >= -64 || c3 >= -64 || c4 >= -64) {
          return -1;
        }
        int cp = ((c & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF) {
          return -1;
        }
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    return n;
  }
}
