package dev.tlkit.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireSizes;
import java.util.List;

/**
 * Maps TL types to Java types. Required scalars are primitives; optional ones, list elements and
 * generic arguments are their wrappers, so that "absent" (null) stays apart from zero.
 *
 * <table>
 *   <tr><th>TL</th><th>Java</th></tr>
 *   <tr><td>int, long, double</td><td>int, long, double</td></tr>
 *   <tr><td>string</td><td>String</td></tr>
 *   <tr><td>bytes, int128, int256</td><td>TlBytes (immutable)</td></tr>
 *   <tr><td>Bool, flags.N?true</td><td>boolean</td></tr>
 *   <tr><td>Vector&lt;T&gt;, vector&lt;T&gt;</td><td>List&lt;T&gt; (immutable)</td></tr>
 *   <tr><td>a type with several constructors</td><td>its sealed interface</td></tr>
 *   <tr><td>a type with one constructor, a bare constructor</td><td>the constructor's record</td></tr>
 *   <tr><td>Object</td><td>TlObject</td></tr>
 *   <tr><td>!X</td><td>TlFunction&lt;X&gt;</td></tr>
 * </table>
 */
final class JavaTypes {
  private final Schema schema;
  private final JavaNames names;
  private final String packageName;
  private final java.util.Map<String, TlType> typeByConstructor = new java.util.HashMap<>();
  private final String[] shadowedJavaLang;
  private final boolean nullMarked;

  JavaTypes(Schema schema, JavaNames names, String packageName) {
    this(schema, names, packageName, false);
  }

  JavaTypes(Schema schema, JavaNames names, String packageName, boolean nullMarked) {
    this.schema = schema;
    this.names = names;
    this.packageName = packageName;
    this.nullMarked = nullMarked;
    // java.lang names that a generated class shadows must be written qualified everywhere.
    java.util.Set<String> shadowed = new java.util.TreeSet<>(names.allNames());
    shadowed.retainAll(JavaNames.JAVA_LANG_USED);
    this.shadowedJavaLang = shadowed.toArray(String[]::new);
    // Filled once, read from many threads: JavaGenerator generates files in parallel.
    for (TlType t : schema.types()) {
      t.constructors().forEach(k -> typeByConstructor.put(k.key(), t));
    }
  }

  /** The {@code java.lang} simple names generated classes shadow: every file qualifies them. */
  String[] shadowedJavaLang() {
    return shadowedJavaLang.clone();
  }

  JavaNames names() {
    return names;
  }

  Schema schema() {
    return schema;
  }

  /**
   * {@code type} as it is declared where a value may be null: with JSpecify's type-use
   * {@code @Nullable} when the generator is asked for nullness annotations, else as it is.
   */
  TypeName nullable(TypeName type, boolean nullable) {
    return nullMarked && nullable && !type.isPrimitive()
        ? type.annotated(AnnotationSpec.builder(RuntimeTypes.NULLABLE).build())
        : type;
  }

  /** The declared type of a record component, its accessor and its canonical constructor's parameter. */
  TypeName declared(Field f) {
    return nullable(f.type(), f.isNullable());
  }

  String packageName() {
    return packageName;
  }

  /** The Java type of a function's result: a type variable for a generic function's {@code X}. */
  TypeName resultType(Combinator c) {
    if (c.resultType() instanceof TypeRef.Var v) {
      return TypeVariableName.get(v.name());
    }
    return javaType(c.resultType(), true);
  }

  /** The boxed type a constructor belongs to. */
  TlType typeOf(Combinator c) {
    return typeByConstructor.get(c.key());
  }

  ClassName classOf(Combinator c) {
    return ClassName.get(packageName, names.className(c));
  }

  ClassName dispatchClass() {
    return ClassName.get(packageName, JavaNames.DISPATCH_CLASS);
  }

  /** The Java type of values of a boxed TL type: its interface, or its single constructor's class. */
  ClassName classOf(TlType type) {
    String iface = names.interfaceName(type);
    return iface != null ? ClassName.get(packageName, iface) : classOf(type.constructors().get(0));
  }

  TlType type(TypeRef.Named ref) {
    return schema.type(ref.target().key())
        .orElseThrow(() -> new IllegalStateException("unlinked type " + ref.name()));
  }

  Combinator constructor(TypeRef.Named ref) {
    return schema.constructorByKey(ref.target().key())
        .orElseThrow(() -> new IllegalStateException("unlinked constructor " + ref.name()));
  }

  /** The Java type of a value of {@code ref}; {@code boxed} asks for wrapper types. */
  TypeName javaType(TypeRef ref, boolean boxed) {
    if (ref instanceof TypeRef.Var v) {
      return v.bang()
          ? ParameterizedTypeName.get(RuntimeTypes.TL_FUNCTION, TypeVariableName.get(v.name()))
          : RuntimeTypes.TL_OBJECT;
    }
    if (ref instanceof TypeRef.Nat) {
      return boxed ? ClassName.get(Integer.class) : TypeName.INT;
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    switch (n.target().kind()) {
      case BUILTIN:
        return builtinType(n.target().builtin(), boxed);
      case VECTOR:
        return ParameterizedTypeName.get(ClassName.get(List.class), javaType(n.args().get(0), true));
      case TYPE:
        return classOf(type(n));
      case CONSTRUCTOR:
        return rawWidth(n) > 0 ? RuntimeTypes.TL_BYTES : classOf(constructor(n));
      case OBJECT:
        return RuntimeTypes.TL_OBJECT;
      default:
        throw new IllegalStateException("unlinked type " + n.name());
    }
  }

  /**
   * The width in bytes of a builtin declared as repeated ints ({@code int512 16*[ int ] = Int512}),
   * or -1: such a value is that many raw bytes, like {@code int128}. The widths of int128 and
   * int256 themselves come with {@link Builtin}.
   */
  int rawWidth(TypeRef ref) {
    Builtin b = builtin(ref);
    if (b == Builtin.INT128) {
      return 16;
    }
    if (b == Builtin.INT256) {
      return 32;
    }
    if (ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.CONSTRUCTOR) {
      Combinator c = constructor(n);
      if (c.isBuiltin()) {
        if (WireSizes.rawIntWidth(c) > 0) {
          return WireSizes.rawIntWidth(c);
        }
        throw new GenerationException(java.util.List.of("type " + n.name() + " is declared as the builtin '"
            + c.toTl() + "' (" + c.location() + "), which tlkit cannot map to Java"));
      }
    }
    return -1;
  }

  static TypeName builtinType(Builtin builtin, boolean boxed) {
    TypeName t = switch (builtin) {
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case DOUBLE -> TypeName.DOUBLE;
      case BOOL, TRUE -> TypeName.BOOLEAN;
      case STRING -> ClassName.get(String.class);
      case BYTES, INT128, INT256 -> RuntimeTypes.TL_BYTES;
    };
    return boxed ? t.box() : t;
  }

  /** True when the Java type of {@code ref} is a primitive in its unboxed form. */
  static boolean isPrimitive(TypeRef ref) {
    return ref instanceof TypeRef.Named n
        && n.target().kind() == TypeRef.TargetKind.BUILTIN
        && switch (n.target().builtin()) {
          case INT, LONG, DOUBLE, BOOL, TRUE -> true;
          default -> false;
        };
  }

  static Builtin builtin(TypeRef ref) {
    return ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.BUILTIN
        ? n.target().builtin()
        : null;
  }
}
