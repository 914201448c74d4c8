package dev.tlkit.cli;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** Hex text as people paste it: upper or lower case, with any whitespace between the digits. */
public final class Hex {
  private static final HexFormat FORMAT = HexFormat.of();

  private Hex() {}

  /**
   * Parses hex digits, skipping whitespace.
   *
   * @throws IllegalArgumentException naming the offset of the first character that is not a hex
   *     digit (0-based, counting every character), or saying that the digits are odd in number
   */
  public static byte[] parse(CharSequence text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2);
    int high = -1;
    int highAt = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      int digit = digit(c);
      if (digit < 0) {
        throw new IllegalArgumentException(
            "bad hex at offset " + i + ": '" + printable(c) + "' is not a hex digit");
      }
      if (high < 0) {
        high = digit;
        highAt = i;
      } else {
        out.write(high << 4 | digit);
        high = -1;
      }
    }
    if (high >= 0) {
      throw new IllegalArgumentException("bad hex at offset " + highAt
          + ": odd number of hex digits, the last one has no pair");
    }
    return out.toByteArray();
  }

  /** True if {@code bytes} hold at least one hex digit and nothing but hex digits and whitespace. */
  static boolean isHexText(byte[] bytes) {
    boolean digits = false;
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (digit(c) < 0) {
        return false;
      }
      digits = true;
    }
    return digits;
  }

  /**
   * Up to {@code n} bytes from {@code offset} as hex, with {@code …} where the bytes go on, and
   * {@code (end)} if {@code offset} is past the last byte: for lining up two byte strings at the
   * place where they first differ.
   */
  public static String snippet(byte[] bytes, int offset, int n) {
    if (offset >= bytes.length) {
      return "(end)";
    }
    int end = Math.min(bytes.length, offset + n);
    return (offset > 0 ? "…" : "") + FORMAT.formatHex(bytes, offset, end)
        + (end < bytes.length ? "…" : "");
  }

  /** The value of an ASCII hex digit, or -1 (Character.digit would take full-width digits too). */
  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : -1;
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
