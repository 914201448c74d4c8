package dev.tlkit.runtime.json;

import dev.tlkit.runtime.TlBytes;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The JSON forms tlkit reads and writes. Both write objects as JSON objects with their fields under
 * their TL names, 64-bit {@code long}s as decimal strings (a JSON number beyond 2<sup>53</sup> loses
 * digits in most readers), {@code int} and {@code double} as numbers, {@code Bool} and {@code
 * flags.N?true} as {@code true}/{@code false}, vectors as arrays.
 *
 * <table>
 *   <caption>Where the dialects differ</caption>
 *   <tr><th></th><th>{@link #TLKIT}</th><th>{@link #TDLIB}</th></tr>
 *   <tr><td>the constructor's name</td><td>{@code "_"}</td><td>{@code "@type"}</td></tr>
 *   <tr><td>{@code bytes}, {@code int128}, {@code int256}</td><td>lower-case hex</td><td>base64, padded</td></tr>
 *   <tr><td>{@code "@extra"} in the outermost object</td><td>an unknown field</td><td>skipped by the
 *       encoder ({@code tl-json}'s {@code TlJsonReader.readWithExtra} keeps it)</td></tr>
 * </table>
 */
public enum JsonDialect {
  /** tlkit's own, that of {@code TlJson.toJson}, {@code tlc decode --json} and the golden vectors. */
  TLKIT("_"),
  /** TDLib's JSON interface ({@code td_json_client}). */
  TDLIB("@type");

  private static final HexFormat HEX = HexFormat.of();

  private final String typeKey;

  JsonDialect(String typeKey) {
    this.typeKey = typeKey;
  }

  /**
   * Returns the member that names an object's constructor.
   *
   * @return {@code "_"} or {@code "@type"}
   */
  public String typeKey() {
    return typeKey;
  }

  /**
   * Returns bytes as this dialect writes them in a JSON string.
   *
   * @param bytes the bytes
   * @return hex or base64
   */
  public String bytesText(TlBytes bytes) {
    return this == TLKIT ? bytes.hex() : Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /**
   * Reads bytes from the content of a JSON string.
   *
   * @param text hex (an even count of digits, either case) or padded base64
   * @return the bytes
   * @throws IllegalArgumentException if the text is not that, with a message saying why
   */
  public byte[] parseBytes(String text) {
    if (this == TLKIT) {
      if ((text.length() & 1) != 0) {
        throw new IllegalArgumentException("an odd number of hex digits (" + text.length() + ")");
      }
      return HEX.parseHex(text);
    }
    return Base64.getDecoder().decode(text);
  }
}
