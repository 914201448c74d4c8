package dev.tlkit.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sizes on the wire that follow from the schema alone, by the TL binary rules. Decoders use the
 * smallest size a value can take to bound a vector's count before allocating anything: the
 * generated decoders (through the generator) and the schema-driven one of {@code tlc decode
 * --schema} take it from here, so the two bound the same way.
 */
public final class WireSizes {
  private WireSizes() {}

  /**
   * The fewest bytes a value of {@code ref} can take.
   *
   * @param schema the linked schema {@code ref} belongs to
   * @param ref a type reference of that schema
   * @return the size in bytes; 0 for a type that can take no bytes, such as bare {@code true}
   */
  public static int minSize(Schema schema, TypeRef ref) {
    return minSize(schema, ref, new HashSet<>());
  }

  private static int minSize(Schema schema, TypeRef ref, Set<String> visiting) {
    if (!(ref instanceof TypeRef.Named n)) {
      return 4; // #, X and !X: an int, or at least a constructor id
    }
    return switch (n.target().kind()) {
      case BUILTIN -> switch (n.target().builtin()) {
        case LONG, DOUBLE -> 8;
        case INT128 -> 16;
        case INT256 -> 32;
        case TRUE -> 0;
        case INT, BOOL, STRING, BYTES -> 4; // string and bytes: a length byte padded to 4
      };
      case VECTOR -> n.bare() ? 4 : 8;
      case CONSTRUCTOR -> {
        Combinator c = schema.constructorByKey(n.target().key()).orElseThrow(
            () -> new IllegalStateException("unlinked constructor " + n.target().key()));
        if (rawIntWidth(c) > 0) {
          yield rawIntWidth(c);
        }
        if (!visiting.add(c.key())) {
          yield 0; // a constructor inside itself: counted once
        }
        int sum = 0;
        for (Parameter p : c.parameters()) {
          if (!p.isOptional()) {
            sum += minSize(schema, p.type(), visiting);
          }
        }
        visiting.remove(c.key());
        yield sum;
      }
      case TYPE, OBJECT -> 4; // a constructor id
      case UNRESOLVED -> throw new IllegalStateException("unlinked type " + n.toTl());
    };
  }

  /**
   * Whether parameter {@code i} of {@code params} is the length in bytes of the next one: an
   * {@code int} named {@code bytes} right before an {@code Object}, as in MTProto's {@code message
   * msg_id:long seqno:int bytes:int body:Object}. A boxed object usually tells its own length by its
   * constructor, but not when it is a vector, which such a body can be (the {@code rpc_result} of a
   * function returning {@code Vector<long>}); so decoders read the object within the stated bytes,
   * and encoders compute the length, like a flags field.
   */
  public static boolean isLengthOfNext(List<Parameter> params, int i) {
    if (i + 1 >= params.size()) {
      return false;
    }
    Parameter p = params.get(i);
    Parameter next = params.get(i + 1);
    return p.name().equals("bytes") && !p.isOptional()
        && p.type() instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.BUILTIN
        && n.target().builtin() == Builtin.INT
        && !next.isOptional() && next.type() instanceof TypeRef.Named o
        && o.target().kind() == TypeRef.TargetKind.OBJECT;
  }

  /**
   * The width in bytes of a builtin declared as repeated ints (TON's {@code int512 16*[ int ] =
   * Int512}): such a value is that many raw bytes. -1 for any other definition.
   */
  public static int rawIntWidth(Combinator c) {
    return c.builtinBody() instanceof BuiltinBody.Repeated r ? r.rawIntWidth() : -1;
  }
}
