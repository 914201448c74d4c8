package dev.tlkit.codegen;

import java.nio.file.Path;

/** Text that goes into generated comments, escaped so that javac and javadoc read it as written. */
final class Javadocs {
  private Javadocs() {}

  /**
   * Escapes free text (TDLib descriptions) for Javadoc: HTML specials, a comment end, a leading
   * {@code @} that would start a tag, and backslashes, which javac would read as unicode escapes.
   */
  static String text(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("\\", "&#92;");
  }

  /** TL source inside {@code {@code ...}}: braces in TL are balanced, so only escapes javac sees. */
  static String code(String tl) {
    return tl.replace("*/", "*&#47;").replace("\\", "&#92;").replace("@", "&#64;");
  }

  /** The file name of a location, without directories, so output does not depend on the machine. */
  static String fileName(String file) {
    Path name = Path.of(file).getFileName();
    return name == null ? file : name.toString();
  }
}
