package dev.tlkit.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.tlkit.schema.WireShape;

/**
 * The Java that writes and reads one value of a {@link WireShape}: expressions over the
 * runtime's readers and writers, and for a vector's elements the function the runtime calls for
 * each (a method reference, or for a vector of vectors a lambda). Nothing here decides a rule of
 * the wire; the shape has decided it.
 */
final class WireCode {
  private final JavaTypes types;

  WireCode(JavaTypes types) {
    this.types = types;
  }

  /** The statement (without its semicolon) writing {@code value} with the writer named {@code w}. */
  CodeBlock write(WireShape wire, String w, CodeBlock value, NameAllocator names) {
    if (wire instanceof WireShape.Vector v) {
      String primitive = primitiveVector(v);
      if (primitive != null) {
        return CodeBlock.of("$L.write$LVector($L)", w, primitive, value);
      }
      return CodeBlock.of("$L.$L($L, $L)", w, v.bare() ? "writeBareVector" : "writeVector", value,
          writeFunction(v.element(), names));
    }
    if (wire instanceof WireShape.Boxed || wire instanceof WireShape.AnyObject
        || wire instanceof WireShape.AnyFunction) {
      return CodeBlock.of("$L.serialize($L)", value, w);
    }
    if (wire instanceof WireShape.Bare) {
      return CodeBlock.of("$L.writeBare($L)", value, w);
    }
    if (wire instanceof WireShape.Nullable n) {
      return CodeBlock.of("$L.writeNullable($L, $L)", w, value, writeFunction(n.value(), names));
    }
    return CodeBlock.of("$L.$L($L)", w, writerMethod(wire), value);
  }

  /**
   * The statements writing {@code value}, a field's whole write: as {@link #write} gives it, but a
   * vector of objects, strings or bytes as a loop in the record's own method, with the index named
   * {@code index}. Why: the runtime's {@code writeVector} has one call site for every vector of
   * every record, so its calls, and the {@code serialize} of each element behind them, see every
   * class; in the record each loop sees only the classes of its own field's elements.
   */
  CodeBlock writeStatements(WireShape wire, String w, CodeBlock value, String index, NameAllocator names) {
    if (!(wire instanceof WireShape.Vector v) || primitiveVector(v) != null
        || v.element() instanceof WireShape.Vector || v.element() instanceof WireShape.Nullable) {
      return CodeBlock.builder().addStatement("$L", write(wire, w, value, names)).build();
    }
    CodeBlock element = CodeBlock.of("$L.get($L)", value, index);
    return CodeBlock.builder()
        .addStatement(v.bare() ? "$L.writeInt($L.size())" : "$L.writeVectorHeader($L.size())", w, value)
        .addStatement("for (int $L = 0; $L < $L.size(); $L++) $L", index, index, value, index,
            write(v.element(), w, element, names))
        .build();
  }

  private CodeBlock writeFunction(WireShape element, NameAllocator names) {
    if (element instanceof WireShape.Vector) {
      String w = names.newName("w");
      String e = names.newName("e");
      return CodeBlock.of("($L, $L) -> $L", w, e, write(element, w, CodeBlock.of("$L", e), names));
    }
    if (element instanceof WireShape.Boxed || element instanceof WireShape.AnyObject
        || element instanceof WireShape.AnyFunction) {
      return CodeBlock.of("$T::writeBoxed", RuntimeTypes.TL_WRITER);
    }
    if (element instanceof WireShape.Bare) {
      return CodeBlock.of("$T::writeBare", RuntimeTypes.TL_WRITER);
    }
    if (element instanceof WireShape.Nullable n) {
      String w = names.newName("w");
      String e = names.newName("e");
      return CodeBlock.of("($L, $L) -> $L.writeNullable($L, $L)", w, e, w, e, writeFunction(n.value(), names));
    }
    return CodeBlock.of("$T::$L", RuntimeTypes.TL_WRITER, writerMethod(element));
  }

  /** The {@code TlWriter} method writing a value of a scalar, raw or length-prefixed shape. */
  private static String writerMethod(WireShape wire) {
    if (wire instanceof WireShape.Scalar s) {
      return switch (s.primitive()) {
        case INT -> "writeInt";
        case LONG, INT53 -> "writeLong";
        case DOUBLE -> "writeDouble";
        case BOOL -> "writeBool";
      };
    }
    if (wire instanceof WireShape.Raw) {
      return "writeRaw";
    }
    if (wire instanceof WireShape.LengthPrefixed p) {
      return p.text() ? "writeString" : "writeBytes";
    }
    throw new IllegalArgumentException("no writer method for " + wire);
  }

  /** The expression reading one value with the reader named {@code r}. */
  CodeBlock read(WireShape wire, String r, NameAllocator names) {
    return read(wire, r, null, names);
  }

  /**
   * The expression reading one value of the field {@code field} (a TL name, or null for no
   * field): the runtime's read of a field puts its name in the error's path.
   */
  CodeBlock read(WireShape wire, String r, String field, NameAllocator names) {
    CodeBlock named = field == null ? CodeBlock.of("") : CodeBlock.of("$S", field);
    CodeBlock then = field == null ? CodeBlock.of("") : CodeBlock.of(", $S", field);
    if (wire instanceof WireShape.Scalar || wire instanceof WireShape.LengthPrefixed) {
      return CodeBlock.of("$L.$L($L)", r, readerMethod(wire), named);
    }
    if (wire instanceof WireShape.Raw raw) {
      return CodeBlock.of("$L.readRaw($L$L)", r, raw.width(), then);
    }
    if (wire instanceof WireShape.Nothing) {
      return CodeBlock.of("true");
    }
    if (wire instanceof WireShape.Vector v) {
      String primitive = primitiveVector(v);
      if (primitive != null) {
        return CodeBlock.of("$L.read$LVector($L)", r, primitive, named);
      }
      return CodeBlock.of("$L.$L($L$L, $L)", r, v.bare() ? "readBareVector" : "readVector",
          field == null ? CodeBlock.of("") : CodeBlock.of("$S, ", field),
          v.element().minSize(), readFunction(v.element(), names));
    }
    if (field != null) {
      // An object's decoder knows nothing of the field that holds it: the runtime adds it.
      return CodeBlock.of("$L.readField($S, $L)", r, field, readFunction(wire, names));
    }
    if (wire instanceof WireShape.Boxed b) {
      return CodeBlock.of("$T.decode($L)", types.classOf(b.type()), r);
    }
    if (wire instanceof WireShape.Bare b) {
      return CodeBlock.of("$T.decodeBare($L)", types.classOf(b.constructor()), r);
    }
    if (wire instanceof WireShape.Nullable n) {
      return CodeBlock.of("$L.readNullable($L)", r, readFunction(n.value(), names));
    }
    return CodeBlock.of("$T.$L($L)", types.dispatchClass(),
        wire instanceof WireShape.AnyFunction ? "decodeFunction" : "decodeObject", r);
  }

  /** The function reading one value of {@code element}: a method reference, or a lambda. */
  CodeBlock readFunction(WireShape element, NameAllocator names) {
    if (element instanceof WireShape.Boxed b) {
      return CodeBlock.of("$T::decode", types.classOf(b.type()));
    }
    if (element instanceof WireShape.Bare b) {
      return CodeBlock.of("$T::decodeBare", types.classOf(b.constructor()));
    }
    if (element instanceof WireShape.AnyObject || element instanceof WireShape.AnyFunction) {
      return CodeBlock.of("$T::$L", types.dispatchClass(),
          element instanceof WireShape.AnyFunction ? "decodeFunction" : "decodeObject");
    }
    if (element instanceof WireShape.Scalar || element instanceof WireShape.LengthPrefixed) {
      return CodeBlock.of("$T::$L", RuntimeTypes.TL_READER, readerMethod(element));
    }
    return lambda(names, "r", r -> read(element, r.toString(), names));
  }

  /** The {@code TlReader} method, without arguments, reading a value of a scalar or length-prefixed shape. */
  private static String readerMethod(WireShape wire) {
    if (wire instanceof WireShape.Scalar s) {
      return switch (s.primitive()) {
        case INT -> "readInt";
        case LONG, INT53 -> "readLong";
        case DOUBLE -> "readDouble";
        case BOOL -> "readBool";
      };
    }
    return ((WireShape.LengthPrefixed) wire).text() ? "readString" : "readBytes";
  }

  /** {@code x -> body(x)}, with {@code x} a fresh name. */
  private static CodeBlock lambda(NameAllocator names, String suggestion,
      java.util.function.Function<CodeBlock, CodeBlock> body) {
    String x = names.newName(suggestion);
    return CodeBlock.of("$L -> $L", x, body.apply(CodeBlock.of("$L", x)));
  }

  /**
   * {@code "Int"}, {@code "Long"} or {@code "Double"} for a boxed vector of those, which the
   * runtime reads and writes without a function per element; else null.
   */
  private static String primitiveVector(WireShape.Vector v) {
    if (v.bare() || !(v.element() instanceof WireShape.Scalar s)) {
      return null;
    }
    return switch (s.primitive()) {
      case INT -> "Int";
      case LONG, INT53 -> "Long";
      case DOUBLE -> "Double";
      case BOOL -> null;
    };
  }
}
