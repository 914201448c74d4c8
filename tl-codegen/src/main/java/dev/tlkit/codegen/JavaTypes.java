package dev.tlkit.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireShape;
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
  TypeName declared(JavaField f) {
    return nullable(f.type(), f.nullable());
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

  /** The package's {@link JavaNames#OBJECT_INTERFACE}, which every generated object implements. */
  ClassName objectInterface() {
    return ClassName.get(packageName, JavaNames.OBJECT_INTERFACE);
  }

  /** The Java type of values of a boxed TL type: its interface, or its single constructor's class. */
  ClassName classOf(TlType type) {
    String iface = names.interfaceName(type);
    return iface != null ? ClassName.get(packageName, iface) : classOf(type.constructors().get(0));
  }

  /**
   * The wire shape of each parameter of {@code c}.
   *
   * @throws GenerationException if a type is a builtin with no wire form tlkit knows
   */
  List<WireShape> wireShapes(Combinator c) {
    return shaped(() -> WireShape.ofParameters(schema, c));
  }

  /** The wire shape of a function's result. */
  WireShape resultShape(Combinator c) {
    return shaped(() -> WireShape.of(schema, c.resultType()));
  }

  /** The Java type of a value of {@code ref}; {@code boxed} asks for wrapper types. */
  TypeName javaType(TypeRef ref, boolean boxed) {
    return javaType(shaped(() -> WireShape.of(schema, ref)), boxed);
  }

  /** A shape of this schema; a builtin with no wire form tlkit knows fails generation. */
  private static <T> T shaped(java.util.function.Supplier<T> shape) {
    try {
      return shape.get();
    } catch (IllegalArgumentException e) {
      throw new GenerationException(List.of(e.getMessage()));
    }
  }

  /** The Java type of a value of shape {@code wire}; {@code boxed} asks for wrapper types. */
  TypeName javaType(WireShape wire, boolean boxed) {
    TypeName t;
    if (wire instanceof WireShape.Scalar s) {
      t = switch (s.primitive()) {
        case INT -> TypeName.INT;
        case LONG, INT53 -> TypeName.LONG;
        case DOUBLE -> TypeName.DOUBLE;
        case BOOL -> TypeName.BOOLEAN;
      };
    } else if (wire instanceof WireShape.LengthOfNext) {
      t = TypeName.INT;
    } else if (wire instanceof WireShape.Nothing) {
      t = TypeName.BOOLEAN;
    } else if (wire instanceof WireShape.Raw) {
      return RuntimeTypes.TL_BYTES;
    } else if (wire instanceof WireShape.LengthPrefixed p) {
      return p.text() ? ClassName.get(String.class) : RuntimeTypes.TL_BYTES;
    } else if (wire instanceof WireShape.Vector v) {
      return ParameterizedTypeName.get(ClassName.get(List.class),
          nullable(javaType(v.element(), true), v.element() instanceof WireShape.Nullable));
    } else if (wire instanceof WireShape.Nullable n) {
      return javaType(n.value(), boxed);
    } else if (wire instanceof WireShape.Boxed b) {
      return classOf(b.type());
    } else if (wire instanceof WireShape.Bare b) {
      return classOf(b.constructor());
    } else if (wire instanceof WireShape.AnyFunction f) {
      return ParameterizedTypeName.get(RuntimeTypes.TL_FUNCTION, TypeVariableName.get(f.resultVariable()));
    } else {
      return RuntimeTypes.TL_OBJECT;
    }
    return boxed ? t.box() : t;
  }
}
