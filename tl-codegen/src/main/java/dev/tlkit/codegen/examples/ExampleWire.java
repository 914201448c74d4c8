package dev.tlkit.codegen.examples;

import dev.tlkit.codegen.examples.ExampleValue.BoolValue;
import dev.tlkit.codegen.examples.ExampleValue.BytesValue;
import dev.tlkit.codegen.examples.ExampleValue.DoubleValue;
import dev.tlkit.codegen.examples.ExampleValue.IntValue;
import dev.tlkit.codegen.examples.ExampleValue.ListValue;
import dev.tlkit.codegen.examples.ExampleValue.LongValue;
import dev.tlkit.codegen.examples.ExampleValue.ObjectValue;
import dev.tlkit.codegen.examples.ExampleValue.TextValue;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireShape;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes an example's value as TL bytes from the schema alone, by the TL binary rules, apart from
 * the generated code and the runtime: what the page shows under an example is what {@code
 * toBytes()} must give, and {@code SiteExamplesTest} holds the two against each other, so this
 * encoder is kept independent of them on purpose (only the model's {@link WireShape} says which
 * field is a length).
 * The top object's bytes come split per field: constructor id, each {@code #} field, each field.
 */
final class ExampleWire {
  static final int VECTOR_ID = 0x1cb5c415;
  static final int BOOL_TRUE = 0x997275b5;
  static final int BOOL_FALSE = 0xbc799737;

  private final Schema schema;

  ExampleWire(Schema schema) {
    this.schema = schema;
  }

  /** The bytes of a boxed {@code value}, one part per field. */
  List<Example.WireField> fields(ObjectValue value) {
    List<Example.WireField> parts = new ArrayList<>();
    Combinator c = value.record().definition();
    parts.add(new Example.WireField("constructor id " + c.idHex(), intBytes(c.id())));
    for (int i = 0; i < c.parameters().size(); i++) {
      Parameter p = c.parameters().get(i);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!parameter(value, i, out)) {
        continue;
      }
      parts.add(new Example.WireField(p.name(), out.toByteArray()));
    }
    return parts;
  }

  /** Writes parameter {@code i} of {@code value}; false when it takes no bytes (absent, or a true flag). */
  private boolean parameter(ObjectValue value, int i, ByteArrayOutputStream out) {
    Combinator c = value.record().definition();
    Parameter p = c.parameters().get(i);
    if (isComputedFlags(c, p)) {
      int flags = 0;
      for (Parameter q : c.parameters()) {
        if (q.condition() != null && q.condition().field().equals(p.name()) && present(value, q)) {
          flags |= q.condition().mask();
        }
      }
      writeInt(flags, out);
      return true;
    }
    if (value.record().fields().get(i).wire() instanceof WireShape.LengthOfNext) {
      ByteArrayOutputStream next = new ByteArrayOutputStream();
      Parameter body = c.parameters().get(i + 1);
      write(body.type(), value.field(body.name()), next);
      writeInt(next.size(), out);
      return true;
    }
    ExampleValue v = value.field(p.name());
    WireShape wire = value.record().fields().get(i).wire();
    if (wire instanceof WireShape.Nullable) {
      nullable(p.type(), v, out);
      return true;
    }
    if (wire instanceof WireShape.Vector vector && vector.element() instanceof WireShape.Nullable) {
      TypeRef.Named n = (TypeRef.Named) p.type();
      List<ExampleValue> elements = ((ListValue) v).elements();
      if (!n.bare()) {
        writeInt(VECTOR_ID, out);
      }
      writeInt(elements.size(), out);
      for (ExampleValue e : elements) {
        nullable(n.args().get(0), e, out);
      }
      return true;
    }
    if (p.isTrueFlag() || (p.isOptional() && v == null)) {
      return false;
    }
    if (v == null) {
      if (p.isFlags()) {
        writeInt(0, out); // a # that carries data, left at its default
        return true;
      }
      throw new IllegalStateException(c.name() + ": no value for " + p.name());
    }
    write(p.type(), v, out);
    return true;
  }

  /** What TDLib says may be null: a Bool, then the value if there is one (WireShape.Nullable). */
  private void nullable(TypeRef ref, ExampleValue v, ByteArrayOutputStream out) {
    if (v == null) {
      writeInt(boolId("boolFalse", BOOL_FALSE), out);
    } else {
      writeInt(boolId("boolTrue", BOOL_TRUE), out);
      write(ref, v, out);
    }
  }

  private static boolean isComputedFlags(Combinator c, Parameter p) {
    return p.isFlags() && c.parameters().stream()
        .anyMatch(q -> q.condition() != null && q.condition().field().equals(p.name()));
  }

  private static boolean present(ObjectValue value, Parameter q) {
    ExampleValue v = value.field(q.name());
    return q.isTrueFlag() ? v instanceof BoolValue b && b.value() : v != null;
  }

  private void write(TypeRef ref, ExampleValue v, ByteArrayOutputStream out) {
    if (ref instanceof TypeRef.Nat) {
      writeInt(((IntValue) v).value(), out);
      return;
    }
    if (ref instanceof TypeRef.Var) {
      boxed((ObjectValue) v, out);
      return;
    }
    TypeRef.Named n = (TypeRef.Named) ref;
    TypeRef.Target target = n.target();
    if (target instanceof TypeRef.Target.Scalar s) {
      builtin(s, v, out);
    } else if (target instanceof TypeRef.Target.Vector) {
      ListValue list = (ListValue) v;
      if (!n.bare()) {
        writeInt(VECTOR_ID, out);
      }
      writeInt(list.elements().size(), out);
      for (ExampleValue e : list.elements()) {
        write(n.args().get(0), e, out);
      }
    } else if (target instanceof TypeRef.Target.Bare) {
      if (v instanceof BytesValue b) {
        out.writeBytes(HexFormat.of().parseHex(b.hex()));
      } else {
        body((ObjectValue) v, out);
      }
    } else {
      boxed((ObjectValue) v, out);
    }
  }

  private void builtin(TypeRef.Target.Scalar s, ExampleValue v, ByteArrayOutputStream out) {
    switch (s.builtin()) {
      case INT -> writeInt(((IntValue) v).value(), out);
      case LONG, INT53 -> writeLong(((LongValue) v).value(), out);
      case DOUBLE -> writeLong(Double.doubleToRawLongBits(((DoubleValue) v).value()), out);
      case STRING -> writeTlBytes(((TextValue) v).value().getBytes(StandardCharsets.UTF_8), out);
      case BYTES -> writeTlBytes(HexFormat.of().parseHex(((BytesValue) v).hex()), out);
      case INT128, INT256 -> out.writeBytes(HexFormat.of().parseHex(((BytesValue) v).hex()));
      case BOOL -> writeInt(((BoolValue) v).value() ? boolId("boolTrue", BOOL_TRUE)
          : boolId("boolFalse", BOOL_FALSE), out);
      case TRUE -> { }
    }
  }

  private int boolId(String name, int standard) {
    return schema.constructor(name).map(Combinator::id).orElse(standard);
  }

  private void boxed(ObjectValue v, ByteArrayOutputStream out) {
    writeInt(v.record().definition().id(), out);
    body(v, out);
  }

  private void body(ObjectValue v, ByteArrayOutputStream out) {
    Combinator c = v.record().definition();
    for (int i = 0; i < c.parameters().size(); i++) {
      parameter(v, i, out);
    }
  }

  static byte[] intBytes(int v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeInt(v, out);
    return out.toByteArray();
  }

  private static void writeInt(int v, ByteArrayOutputStream out) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }

  private static void writeLong(long v, ByteArrayOutputStream out) {
    writeInt((int) v, out);
    writeInt((int) (v >>> 32), out);
  }

  /** TL's bytes: a length (one byte, or 254 and three), the bytes, zeros to a multiple of 4. */
  private static void writeTlBytes(byte[] b, ByteArrayOutputStream out) {
    int header;
    if (b.length < 254) {
      out.write(b.length);
      header = 1;
    } else {
      out.write(254);
      out.write(b.length);
      out.write(b.length >>> 8);
      out.write(b.length >>> 16);
      header = 4;
    }
    out.writeBytes(b);
    int padding = (4 - (header + b.length) % 4) % 4;
    for (int i = 0; i < padding; i++) {
      out.write(0);
    }
  }
}
