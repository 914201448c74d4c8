package dev.tlkit.schema;

/**
 * The body of a builtin declaration: how a type that no combinator describes is laid out on the
 * wire. Kept as structure, so that whoever needs its parts (the generator, a schema-driven decoder)
 * reads them instead of parsing text back. An element type is kept as its canonical TL text
 * ({@code int}, {@code t}): builtins are declared before any type they could refer to is linked.
 */
public sealed interface BuiltinBody {

  /** Prints the body in canonical TL syntax, as it stands between the name and the {@code =}. */
  String toTl();

  /** {@code ?}: a scalar whose layout TL's binary rules fix, as in {@code int ? = Int}. */
  record Scalar() implements BuiltinBody {
    @Override
    public String toTl() {
      return "?";
    }
  }

  /**
   * {@code N*[ t ]}: {@code count} values of {@code element} one after another, with no count on
   * the wire, as in TON's {@code int128 4*[ int ] = Int128}.
   */
  record Repeated(int count, String element) implements BuiltinBody {
    /** The width in bytes when the elements are {@code int}s (TON's int128, int256, int512), else -1. */
    public int rawIntWidth() {
      return element.equals("int") ? count * 4 : -1;
    }

    @Override
    public String toTl() {
      return count + "*[ " + element + " ]";
    }
  }

  /** {@code # [ t ]}: a count, then that many values of {@code element}: the {@code vector} builtin. */
  record Counted(String element) implements BuiltinBody {
    @Override
    public String toTl() {
      return "# [ " + element + " ]";
    }
  }
}
