package dev.tlkit.schema;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * The id TL computes for a definition: CRC32 of its text in a normal form. The rules reproduce
 * every explicit id of Telegram's {@code api.tl}:
 *
 * <ol>
 *   <li>start from the canonical text without {@code #id} and without the {@code ;}
 *       ({@code name {X:Type} a:int b:flags.0?Vector<long> = Result});
 *   <li>leave out every {@code name:F.N?true} parameter: a flag bit alone changes no wire format;
 *   <li>{@code <} and {@code >} become spaces, runs of spaces become one, ends are trimmed;
 *   <li>{@code :bytes} and {@code ?bytes} become {@code :string} and {@code ?string} (the two have
 *       the same wire form, and ids were computed before {@code bytes} existed); {@code bytes} as a
 *       type argument ({@code Vector<bytes>}) stays;
 *   <li>braces are dropped: {@code {X:Type}} counts as {@code X:Type}.
 * </ol>
 */
public final class ConstructorIds {
  private ConstructorIds() {}

  /** The normal form of a definition, whose CRC32 is its computed id. */
  public static String normalize(Combinator combinator) {
    return normalize(combinator.text(OptionalInt.empty(),
        combinator.parameters().stream().filter(p -> !p.isTrueFlag()).toList()));
  }

  /** Steps 3 to 5 of the normal form, on text that already lacks the id and the true flags. */
  static String normalize(String text) {
    // One pass for brackets, braces and spaces; ids are computed for every definition.
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}') {
        continue;
      }
      if (c == '<' || c == '>') {
        c = ' ';
      }
      if (c != ' ' || sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(c);
      }
    }
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
    String s = sb.toString();
    if (!s.contains("bytes")) {
      return s;
    }
    s = s.replace(":bytes ", ":string ").replace("?bytes ", "?string ");
    if (s.endsWith(":bytes") || s.endsWith("?bytes")) {
      s = s.substring(0, s.length() - "bytes".length()) + "string";
    }
    return s;
  }

  /** CRC32 of the normal form: the id of a definition that has no explicit one. */
  public static int compute(Combinator combinator) {
    return crc32(normalize(combinator));
  }

  /** CRC32 of the UTF-8 bytes of {@code text}, as TL ids are. */
  public static int crc32(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  /** An id as TL writes it: 8 lower-case hex digits. */
  public static String hex(int id) {
    return String.format("%08x", id);
  }
}
