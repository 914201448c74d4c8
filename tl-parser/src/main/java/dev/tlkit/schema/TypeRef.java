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
   * {@code target} is set by the linker; {@link Target#UNRESOLVED} before.
   */
  record Named(String name, boolean bare, boolean percent, List<TypeRef> args, Target target)
      implements TypeRef {

    public Named {
      args = List.copyOf(args);
    }

    public static Named of(String name, TypeRef... args) {
      boolean bare = Names.isBareName(name);
      return new Named(name, bare, false, List.of(args), Target.UNRESOLVED);
    }

    public Named withTarget(Target target) {
      return new Named(name, bare, percent, args, target);
    }

    public Named withArgs(List<TypeRef> newArgs) {
      return new Named(name, bare, percent, newArgs, target);
    }

    /** True for {@code Vector<T>} and {@code vector<T>}. */
    public boolean isVector() {
      return target.kind() == TargetKind.VECTOR;
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

  /** What kind of thing a {@link Named} reference resolved to. */
  enum TargetKind {
    /** Not linked yet. */
    UNRESOLVED,
    /** A builtin scalar: see {@link Builtin}. */
    BUILTIN,
    /** {@code Vector<T>} (boxed) or {@code vector<T>} (bare). */
    VECTOR,
    /** A boxed type ({@code InputPeer}): any of its constructors, written with its id. */
    TYPE,
    /** One constructor used bare ({@code %Message}, {@code tonNode.blockIdExt}): no id on the wire. */
    CONSTRUCTOR,
    /** {@code Object}: any boxed object at all. */
    OBJECT
  }

  /**
   * The resolution of a {@link Named} reference: its kind, the builtin for {@link TargetKind#BUILTIN},
   * and for {@link TargetKind#TYPE} and {@link TargetKind#CONSTRUCTOR} the key of the type or
   * constructor in the {@link Schema} (see {@link Schema#type(String)} and
   * {@link Schema#constructorByKey(String)}).
   */
  record Target(TargetKind kind, Builtin builtin, String key) {
    public static final Target UNRESOLVED = new Target(TargetKind.UNRESOLVED, null, null);

    public static Target builtin(Builtin builtin) {
      return new Target(TargetKind.BUILTIN, builtin, null);
    }

    public static Target vector() {
      return new Target(TargetKind.VECTOR, null, null);
    }

    public static Target object() {
      return new Target(TargetKind.OBJECT, null, null);
    }

    public static Target type(String key) {
      return new Target(TargetKind.TYPE, null, key);
    }

    public static Target constructor(String key) {
      return new Target(TargetKind.CONSTRUCTOR, null, key);
    }
  }
}
