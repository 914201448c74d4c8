package dev.tlkit.schema.diff;

import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;

/**
 * The Java type that tl-codegen gives a TL type, described in TL terms so that this module needs no
 * knowledge of Java naming: {@code int}, {@code Integer}, {@code List<Long>}, {@code TlBytes},
 * {@code interface InputPeer} (the sealed interface of a type with several constructors),
 * {@code record inputPeerUser} (a constructor's record, which is also the Java type of a type with
 * one constructor). Two TL types with equal descriptions have the same Java type.
 *
 * <p>The mapping follows tl-codegen's {@code JavaTypes}: required scalars are primitives, optional
 * ones and list elements their wrappers; {@code flags.N?true} is {@code boolean}.
 */
final class JavaType {
  private JavaType() {}

  /** The Java type of the record component of {@code p}. */
  static String ofParameter(Schema schema, Parameter p) {
    return p.isTrueFlag() ? "boolean" : of(schema, p.type(), p.isOptional());
  }

  /** The Java type of a value of {@code ref}; {@code boxed} asks for wrapper types. */
  static String of(Schema schema, TypeRef ref, boolean boxed) {
    if (ref instanceof TypeRef.Var v) {
      return v.bang() ? "TlFunction<" + v.name() + ">" : "TlObject";
    }
    if (ref instanceof TypeRef.Nat) {
      return boxed ? "Integer" : "int";
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    TypeRef.Target target = n.target();
    return switch (target.kind()) {
      case BUILTIN -> builtin(target.builtin(), boxed);
      case VECTOR -> "List<" + (n.args().isEmpty() ? "?" : of(schema, n.args().get(0), true)) + ">";
      case TYPE -> schema.type(target.key()).map(JavaType::ofType).orElse(n.name());
      case CONSTRUCTOR -> schema.constructorByKey(target.key())
          .map(c -> c.isBuiltin() ? "TlBytes" : "record " + c.key())
          .orElse(n.name());
      case OBJECT -> "TlObject";
      case UNRESOLVED -> n.name();
    };
  }

  /** The sealed interface of a type with several constructors, else its constructor's record. */
  static String ofType(TlType type) {
    return type.constructors().size() == 1
        ? "record " + type.constructors().get(0).key()
        : "interface " + type.key();
  }

  /** True when the generated component is a primitive ({@code int}, {@code boolean}, ...). */
  static boolean isPrimitive(String javaType) {
    return switch (javaType) {
      case "int", "long", "double", "boolean" -> true;
      default -> false;
    };
  }

  /** The Java type of a function's result: what {@code decodeResult} returns. */
  static String ofResult(Schema schema, Combinator function) {
    return of(schema, function.resultType(), true);
  }

  private static String builtin(Builtin builtin, boolean boxed) {
    return switch (builtin) {
      case INT -> boxed ? "Integer" : "int";
      case LONG -> boxed ? "Long" : "long";
      case DOUBLE -> boxed ? "Double" : "double";
      case BOOL, TRUE -> boxed ? "Boolean" : "boolean";
      case STRING -> "String";
      case BYTES, INT128, INT256 -> "TlBytes";
    };
  }
}
