package dev.tlkit.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireSizes;

/**
 * The statements that size, write and read one value of a TL type, following the TL binary rules.
 * Vectors become plain loops inlined into the generated method: no lambdas, no reflection, so the
 * JIT sees straight-line code. Temporaries are named {@code $...}, which no field name can be.
 */
final class WireCode {
  private final JavaTypes types;
  private int temps;

  WireCode(JavaTypes types) {
    this.types = types;
  }

  /** Starts a new method: temporaries are numbered per method, so output is stable. */
  void reset() {
    temps = 0;
  }

  /** The size in bytes of every value of {@code ref}, or -1 if it depends on the value. */
  int fixedSize(TypeRef ref) {
    int raw = types.rawWidth(ref);
    if (raw > 0) {
      return raw;
    }
    Builtin b = JavaTypes.builtin(ref);
    if (b == null) {
      return ref instanceof TypeRef.Nat ? 4 : -1;
    }
    return switch (b) {
      case INT, BOOL -> 4;
      case LONG, DOUBLE -> 8;
      case INT128 -> 16;
      case INT256 -> 32;
      case TRUE -> 0;
      case STRING, BYTES -> -1;
    };
  }

  /** The fewest bytes a value of {@code ref} can take: bounds vector counts before allocating. */
  int minSize(TypeRef ref) {
    return WireSizes.minSize(types.schema(), ref);
  }

  /** Adds {@code value}'s wire size to the int local {@code acc}. Fixed sizes are summed by the caller. */
  void addSize(CodeBlock.Builder b, String acc, CodeBlock value, TypeRef ref) {
    Builtin builtin = JavaTypes.builtin(ref);
    if (builtin == Builtin.STRING) {
      b.addStatement("$L += $T.ofString($L)", acc, RuntimeTypes.TL_SIZES, value);
      return;
    }
    if (builtin == Builtin.BYTES) {
      b.addStatement("$L += $T.ofBytes($L)", acc, RuntimeTypes.TL_SIZES, value);
      return;
    }
    int fixed = fixedSize(ref);
    if (fixed >= 0) {
      b.addStatement("$L += $L", acc, fixed);
      return;
    }
    if (ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.VECTOR) {
      TypeRef element = n.args().get(0);
      int header = n.bare() ? 4 : 8;
      int elementSize = fixedSize(element);
      if (elementSize >= 0) {
        b.addStatement("$L += $L + $L.size() * $L", acc, header, value, elementSize);
      } else {
        String e = temp("e");
        b.addStatement("$L += $L", acc, header);
        eachElement(b, value, element, e);
        addSize(b, acc, CodeBlock.of("$L", e), element);
        b.endControlFlow();
      }
      return;
    }
    if (isBareConstructor(ref)) {
      b.addStatement("$L += $L.bareSize()", acc, value);
    } else {
      b.addStatement("$L += $L.serializedSize()", acc, value);
    }
  }

  /** Writes {@code value} with the {@code TlWriter} named {@code w}. */
  void write(CodeBlock.Builder b, String w, CodeBlock value, TypeRef ref) {
    if (ref instanceof TypeRef.Nat) {
      b.addStatement("$L.writeInt($L)", w, value);
      return;
    }
    if (types.rawWidth(ref) > 0) {
      b.addStatement("$L.writeRaw($L)", w, value);
      return;
    }
    Builtin builtin = JavaTypes.builtin(ref);
    if (builtin != null) {
      switch (builtin) {
        case INT -> b.addStatement("$L.writeInt($L)", w, value);
        case LONG -> b.addStatement("$L.writeLong($L)", w, value);
        case DOUBLE -> b.addStatement("$L.writeDouble($L)", w, value);
        case BOOL -> b.addStatement("$L.writeBool($L)", w, value);
        case STRING -> b.addStatement("$L.writeString($L)", w, value);
        case BYTES -> b.addStatement("$L.writeBytes($L)", w, value);
        case INT128, INT256 -> b.addStatement("$L.writeRaw($L)", w, value);
        case TRUE -> { }
      }
      return;
    }
    if (ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.VECTOR) {
      TypeRef element = n.args().get(0);
      if (n.bare()) {
        b.addStatement("$L.writeInt($L.size())", w, value);
      } else {
        b.addStatement("$L.writeVectorHeader($L.size())", w, value);
      }
      String e = temp("e");
      eachElement(b, value, element, e);
      write(b, w, CodeBlock.of("$L", e), element);
      b.endControlFlow();
      return;
    }
    if (isBareConstructor(ref)) {
      b.addStatement("$L.writeBare($L)", value, w);
    } else {
      b.addStatement("$L.serialize($L)", value, w);
    }
  }

  /**
   * Opens a loop over the elements of the list {@code list}, each in the local {@code e}. An index
   * loop rather than for-each: every list of a generated object is a {@code TlList}, whose
   * {@code get} the JIT inlines, and no iterator is allocated where inlining stops.
   */
  private void eachElement(CodeBlock.Builder b, CodeBlock list, TypeRef element, String e) {
    String i = temp("i");
    String n = temp("n");
    b.beginControlFlow("for (int $L = 0, $L = $L.size(); $L < $L; $L++)", i, n, list, i, n, i);
    b.addStatement("$T $L = $L.get($L)", types.javaType(element, true), e, list, i);
  }

  /** Reads a value with the {@code TlReader} named {@code r} and assigns it to {@code target}. */
  void read(CodeBlock.Builder b, String r, String target, TypeRef ref) {
    read(b, r, target, ref, null);
  }

  /**
   * Reads a value as {@link #read(CodeBlock.Builder, String, String, TypeRef)} does; for a vector
   * that {@linkplain #tracksElements tracks its elements}, the index of the element being read is
   * kept in the int local {@code indexLocal} (if not null) for error paths ({@code users[3].photo}),
   * and set back to -1 after the last one.
   */
  void read(CodeBlock.Builder b, String r, String target, TypeRef ref, String indexLocal) {
    if (ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.VECTOR) {
      TypeRef element = n.args().get(0);
      String count = temp("n");
      String array = temp("a");
      String index = temp("i");
      int min = Math.max(1, minSize(element));
      if (n.bare()) {
        b.addStatement("int $L = $L.readCount($L)", count, r, min);
      } else {
        b.addStatement("int $L = $L.readVectorHeader($L)", count, r, min);
      }
      b.addStatement("$T[] $L = new $T[$L]", Object.class, array, Object.class, count);
      String track = indexLocal != null && tracksElements(ref) ? indexLocal : null;
      b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", index, index, count, index);
      if (track != null) {
        b.addStatement("$L = $L", track, index);
      }
      if (isVector(element)) {
        String e = temp("e");
        b.addStatement("$T $L", types.javaType(element, true), e);
        read(b, r, e, element);
        b.addStatement("$L[$L] = $L", array, index, e);
      } else {
        b.addStatement("$L[$L] = $L", array, index, readExpr(r, element));
      }
      b.endControlFlow();
      if (track != null) {
        b.addStatement("$L = -1", track);
      }
      b.addStatement("$L = $T.wrap($L)", target, RuntimeTypes.TL_LIST, array);
      return;
    }
    b.addStatement("$L = $L", target, readExpr(r, ref));
  }

  /** The expression reading one non-vector value. */
  CodeBlock readExpr(String r, TypeRef ref) {
    int raw = types.rawWidth(ref);
    if (raw > 0) {
      return CodeBlock.of("$L.readRaw($L)", r, raw);
    }
    Builtin builtin = JavaTypes.builtin(ref);
    if (builtin != null) {
      return switch (builtin) {
        case INT -> CodeBlock.of("$L.readInt()", r);
        case LONG -> CodeBlock.of("$L.readLong()", r);
        case DOUBLE -> CodeBlock.of("$L.readDouble()", r);
        case BOOL -> CodeBlock.of("$L.readBool()", r);
        case STRING -> CodeBlock.of("$L.readString()", r);
        case BYTES -> CodeBlock.of("$L.readBytes()", r);
        case INT128, INT256 -> throw new IllegalStateException("raw widths are handled above");
        case TRUE -> CodeBlock.of("true");
      };
    }
    if (ref instanceof TypeRef.Var v) {
      return v.bang()
          ? CodeBlock.of("$T.decodeFunction($L)", types.dispatchClass(), r)
          : CodeBlock.of("$T.decodeObject($L)", types.dispatchClass(), r);
    }
    if (ref instanceof TypeRef.Nat) {
      return CodeBlock.of("$L.readInt()", r);
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    return switch (n.target().kind()) {
      case TYPE -> {
        TlType type = types.type(n);
        yield CodeBlock.of("$T.decode($L)", types.classOf(type), r);
      }
      case CONSTRUCTOR -> CodeBlock.of("$T.decodeBare($L)", types.classOf(types.constructor(n)), r);
      case OBJECT -> CodeBlock.of("$T.decodeObject($L)", types.dispatchClass(), r);
      default -> throw new IllegalStateException("cannot read " + n.toTl());
    };
  }

  /** The Java type of a local holding a read value. */
  TypeName localType(TypeRef ref, boolean boxed) {
    if (ref instanceof TypeRef.Var v && v.bang()) {
      return com.palantir.javapoet.ParameterizedTypeName.get(
          RuntimeTypes.TL_FUNCTION, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
    }
    return types.javaType(ref, boxed);
  }

  /**
   * Reads a value of {@code length} bytes, a local read just before, in a window of the reader of
   * exactly that length: the value may neither run past it nor end short of it.
   */
  void readWithin(CodeBlock.Builder b, String r, String length, String target, TypeRef ref) {
    String window = temp("w");
    b.addStatement("$T $L = $L.window($L)", RuntimeTypes.TL_READER, window, r, length);
    b.addStatement("$T $L = $L", localType(ref, false), target, readExpr(window, ref));
    b.addStatement("$L.expectEnd()", window);
  }

  static boolean isObject(TypeRef ref) {
    return ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.OBJECT;
  }

  /**
   * True for a vector whose elements may fail to read one by one: not those of a fixed size with
   * nothing to check ({@code int}, {@code long}, {@code double}, {@code int128}...), whose count
   * the header check already holds against the bytes left. Only such vectors name the element in
   * error paths.
   */
  boolean tracksElements(TypeRef ref) {
    if (!isVector(ref)) {
      return false;
    }
    TypeRef element = ((TypeRef.Named) ref).args().get(0);
    if (element instanceof TypeRef.Nat || types.rawWidth(element) > 0) {
      return false;
    }
    Builtin b = JavaTypes.builtin(element);
    return b == null || switch (b) {
      case INT, LONG, DOUBLE -> false;
      default -> true;
    };
  }

  static boolean isVector(TypeRef ref) {
    return ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.VECTOR;
  }

  private static boolean isBareConstructor(TypeRef ref) {
    return ref instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.CONSTRUCTOR;
  }

  private String temp(String prefix) {
    return "$" + prefix + (++temps);
  }
}
