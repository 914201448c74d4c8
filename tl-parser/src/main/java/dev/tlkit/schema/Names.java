package dev.tlkit.schema;

/** Facts about TL names that the parser, the linker and the generator all rely on. */
public final class Names {
  private Names() {}

  /**
   * A name is bare when its last segment starts with a lower-case letter: {@code int},
   * {@code vector}, {@code tonNode.blockIdExt}. Boxed names start with a capital: {@code Vector},
   * {@code tonNode.BlockIdExt}.
   */
  public static boolean isBareName(String name) {
    int first = name.lastIndexOf('.') + 1;
    return first < name.length() && Character.isLowerCase(name.charAt(first));
  }

  /** {@code liteServer.signatureSet.ordinary} gives {@code liteServer.signatureSet}; no dot gives "". */
  public static String namespace(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /** {@code phone.requestCall} gives {@code requestCall}. */
  public static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
