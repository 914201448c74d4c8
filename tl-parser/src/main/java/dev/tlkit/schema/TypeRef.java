package dev.tlkit.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A type as written in a parameter or a result: {@code int}, {@code Vector<long>}, {@code %Message},
 * {@code !X}, {@code #}. After linking, every {@link Named} reference says what it resolved to.
 */
public sealed interface TypeRef permits TypeRef.Nat, TypeRef.Var, TypeRef.Named {

  /** Prints the reference back in canonical TL syntax. */
  String toTl();

  /** {@code #}: a natural number, the type of flag fields ({@code flags:#}). */
  record Nat() implements TypeRef {
    @Override
    public String toTl() {
      return "#";
    }
  }

  /**
   * A type variable declared as {@code {X:Type}}; {@code bang} marks {@code !X}, "any function whose
   * result is X", as in {@code invokeWithLayer {X:Type} layer:int query:!X = X}.
   */
  record Var(String name, boolean bang) implements TypeRef {
    @Override
    public String toTl() {
      return (bang ? "!" : "") + name;
    }
  }

  /**
   * A named type, with generic arguments if any. {@code name} is written without {@code %}.
   * {@code bare} is true for {@code %T} and for lower-case names ({@code int}, {@code vector<T>},
   * {@code tonNode.blockIdExt}), which are serialized without a constructor id. {@code percent}
   * remembers that the bare form was written with {@code %}, so that printing gives back the text.
   * {@code target} is what the linker resolved the name to.
   */
  record Named(String name, boolean bare, boolean percent, List<TypeRef> args, Target target)
      implements TypeRef {

    public Named {
      args = List.copyOf(args);
      java.util.Objects.requireNonNull(target, "target");
    }

    /** True for {@code Vector<T>} and {@code vector<T>}. */
    public boolean isVector() {
      return target instanceof Target.Vector;
    }

    @Override
    public String toTl() {
      String head = (percent ? "%" : "") + name;
      if (args.isEmpty()) {
        return head;
      }
      return head + args.stream().map(TypeRef::toTl).collect(Collectors.joining(",", "<", ">"));
    }
  }

  /**
   * What a {@link Named} reference resolved to. The linker makes a schema only when every name
   * resolved, so every reference of a {@link Schema} has one of these.
   */
  sealed interface Target permits Target.Scalar, Target.Vector, Target.Boxed, Target.Bare, Target.AnyObject {

    /** @param builtin a builtin @return the target {@link Scalar} */
    static Target builtin(Builtin builtin) {
      return new Scalar(builtin);
    }

    /** @return the target {@link Vector} */
    static Target vector() {
      return new Vector();
    }

    /** @return the target {@link AnyObject} */
    static Target object() {
      return new AnyObject();
    }

    /** @param key a type's key @return the target {@link Boxed} */
    static Target type(String key) {
      return new Boxed(key);
    }

    /** @param key a constructor's key @return the target {@link Bare} */
    static Target constructor(String key) {
      return new Bare(key);
    }

    /**
     * A builtin scalar.
     *
     * @param builtin which
     */
    record Scalar(Builtin builtin) implements Target {
      public Scalar {
        java.util.Objects.requireNonNull(builtin, "builtin");
      }
    }

    /** {@code Vector<T>} (boxed) or {@code vector<T>} (bare). */
    record Vector() implements Target {}

    /**
     * A boxed type ({@code InputPeer}): any of its constructors, written with its id.
     *
     * @param typeKey the type's key in the schema, for {@link Schema#type(String)}
     */
    record Boxed(String typeKey) implements Target {
      public Boxed {
        java.util.Objects.requireNonNull(typeKey, "typeKey");
      }
    }

    /**
     * One constructor used bare ({@code %Message}, {@code tonNode.blockIdExt}): no id on the wire.
     *
     * @param constructorKey the constructor's key, for {@link Schema#constructorByKey(String)}
     */
    record Bare(String constructorKey) implements Target {
      public Bare {
        java.util.Objects.requireNonNull(constructorKey, "constructorKey");
      }
    }

    /** {@code Object}: any boxed object at all. */
    record AnyObject() implements Target {}
  }
}
