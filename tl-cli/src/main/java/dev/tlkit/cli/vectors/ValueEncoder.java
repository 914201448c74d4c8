package dev.tlkit.cli.vectors;

import dev.tlkit.runtime.TlIds;
import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.FlagCondition;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes TL bytes for a value in the JSON form of the golden vectors, driven by a linked
 * {@link Schema} alone: no generated code is involved, so that its bytes can be held against what
 * the generated code reads and writes.
 *
 * <p>The value of an object is {@code {"_": "<tl name>", "<field>": <value>, ...}}; a long is a
 * decimal string; bytes, int128 and int256 are hex; {@code flags.N?true} fields are true/false;
 * other optional fields are present or absent; {@code #} fields are never written, their bits are
 * computed from the fields present (see {@code golden/README.md}).
 *
 * <p>The TL binary rules it follows: int as 4 bytes and long as 8, little-endian; double as its
 * IEEE 754 bits, little-endian; string and bytes with a length of 1 byte (up to 253) or {@code fe}
 * and 3 bytes, then zero padding to a multiple of 4; int128 and int256 raw; Bool as the id of
 * boolTrue {@code 997275b5} or boolFalse {@code bc799737}; a boxed vector as the id
 * {@code 1cb5c415} and a count, a bare one as the count; a boxed object as its id and its fields, a
 * bare one as its fields.
 */
public final class ValueEncoder {
  private static final HexFormat HEX = HexFormat.of();

  private final Schema schema;

  public ValueEncoder(Schema schema) {
    this.schema = schema;
  }

  /**
   * Encodes a boxed object, a constructor or a function, named by its {@code "_"} key.
   *
   * @throws ValueEncodingException if the value does not fit the schema, with the JSON path
   */
  public byte[] encode(Map<String, ?> value) {
    WireOutput out = new WireOutput();
    boxed(value, Expect.ANY, "value", out);
    return out.toByteArray();
  }

  /** What a boxed value may be, where it stands. */
  private enum Expect {
    ANY,
    FUNCTION
  }

  private void value(TypeRef type, Object json, String path, WireOutput out) {
    if (json == null) {
      throw new ValueEncodingException(path, "null is not a TL value");
    }
    if (type instanceof TypeRef.Var v) {
      // {X:Type}: !X is any function (invokeWithLayer's query), a plain X any object.
      boxed(json, v.bang() ? Expect.FUNCTION : Expect.ANY, path, out);
    } else if (type instanceof TypeRef.Named n) {
      named(n, json, path, out);
    } else {
      throw new ValueEncodingException(path, "a # field outside the flags of its object");
    }
  }

  private void named(TypeRef.Named n, Object json, String path, WireOutput out) {
    TypeRef.Target target = n.target();
    if (target instanceof TypeRef.Target.Scalar s) {
      builtin(s.builtin(), json, path, out);
    } else if (target instanceof TypeRef.Target.Vector) {
      vector(n, json, path, out);
    } else if (target instanceof TypeRef.Target.Boxed b) {
      ofType(n, schema.type(b.typeKey()).orElseThrow(), json, path, out);
    } else if (target instanceof TypeRef.Target.Bare b) {
      Combinator c = schema.constructorByKey(b.constructorKey()).orElseThrow();
      Map<String, Object> object = object(json, path);
      if (!c.name().equals(object.get("_"))) {
        throw new ValueEncodingException(path,
            "expected " + c.name() + " (bare), found " + object.get("_"));
      }
      fields(c, object, path, out);
    } else {
      boxed(json, Expect.ANY, path, out);
    }
  }

  /** A value of a boxed type such as {@code InputPeer}: one of its constructors, with its id. */
  private void ofType(TypeRef.Named n, TlType type, Object json, String path, WireOutput out) {
    Map<String, Object> object = object(json, path);
    String name = (String) object.get("_");
    Combinator c = type.constructors().stream().filter(k -> k.name().equals(name)).findFirst()
        .orElseThrow(() -> new ValueEncodingException(path,
            name + " is not a constructor of " + type.name()));
    if (!n.bare()) {
      out.writeInt(c.id());
    }
    fields(c, object, path, out);
  }

  /** An object with its id, of any type ({@code Object}, {@code X}) or any function ({@code !X}). */
  private void boxed(Object json, Expect expect, String path, WireOutput out) {
    Map<String, Object> object = object(json, path);
    String name = (String) object.get("_");
    Optional<Combinator> found = expect == Expect.FUNCTION
        ? schema.function(name)
        : schema.constructor(name).or(() -> schema.function(name));
    Combinator c = found.filter(k -> !k.isBuiltin()).orElseThrow(() -> new ValueEncodingException(
        path, "the schema has no " + (expect == Expect.FUNCTION ? "function " : "") + name));
    out.writeInt(c.id());
    fields(c, object, path, out);
  }

  /** The fields of {@code c}, in schema order; {@code #} fields computed from what is present. */
  private void fields(Combinator c, Map<String, Object> object, String path, WireOutput out) {
    for (String key : object.keySet()) {
      if (!key.equals("_") && c.parameters().stream().noneMatch(p -> p.name().equals(key))) {
        throw new ValueEncodingException(path, c.name() + " has no field " + key);
      }
    }
    for (Parameter p : c.parameters()) {
      String at = path + "." + p.name();
      if (p.isFlags()) {
        if (object.containsKey(p.name())) {
          throw new ValueEncodingException(at, "# fields are computed, not given");
        }
        out.writeInt(flags(c, p, object, path));
      } else if (p.isTrueFlag()) {
        Object bit = object.get(p.name());
        if (bit != null && !(bit instanceof Boolean)) {
          throw new ValueEncodingException(at, "expected true or false, found " + describe(bit));
        }
      } else if (object.containsKey(p.name())) {
        value(p.type(), object.get(p.name()), at, out);
      } else if (!p.isOptional()) {
        throw new ValueEncodingException(path, "missing field " + p.name() + " of " + c.name());
      }
    }
  }

  /**
   * The value of the {@code #} field {@code flags}: the bit of every optional field present, and
   * of every {@code flags.N?true} field that is true. Fields sharing a bit must agree.
   */
  private static int flags(Combinator c, Parameter flags, Map<String, Object> object, String path) {
    int bits = 0;
    for (Parameter q : c.parameters()) {
      FlagCondition cond = q.condition();
      if (cond != null && cond.field().equals(flags.name()) && isSet(q, object)) {
        bits |= cond.mask();
      }
    }
    for (Parameter q : c.parameters()) {
      FlagCondition cond = q.condition();
      if (cond != null && cond.field().equals(flags.name())
          && (bits & cond.mask()) != 0 && !isSet(q, object)) {
        throw new ValueEncodingException(path + "." + q.name(), "must be "
            + (q.isTrueFlag() ? "true" : "present") + ": another field of " + cond + " is set");
      }
    }
    return bits;
  }

  private static boolean isSet(Parameter p, Map<String, Object> object) {
    return p.isTrueFlag()
        ? Boolean.TRUE.equals(object.get(p.name()))
        : object.containsKey(p.name());
  }

  private void vector(TypeRef.Named n, Object json, String path, WireOutput out) {
    if (!(json instanceof List<?> list)) {
      throw new ValueEncodingException(path, "expected an array for " + n.toTl() + ", found "
          + describe(json));
    }
    if (!n.bare()) {
      out.writeInt(TlIds.VECTOR);
    }
    out.writeInt(list.size());
    TypeRef element = n.args().get(0);
    for (int i = 0; i < list.size(); i++) {
      value(element, list.get(i), path + "[" + i + "]", out);
    }
  }

  private void builtin(Builtin b, Object json, String path, WireOutput out) {
    switch (b) {
      case INT -> out.writeInt(int32(json, path));
      case LONG -> out.writeLong(parseLong(json, path));
      // Through the decimal text: Double.parseDouble rounds it correctly.
      case DOUBLE -> out.writeDouble(Double.parseDouble(number(json, path, b).toString()));
      case STRING -> out.writeBytes(text(json, path, b).getBytes(StandardCharsets.UTF_8));
      case BYTES -> out.writeBytes(hex(json, path, b, -1));
      case INT128 -> out.writeRaw(hex(json, path, b, 16));
      case INT256 -> out.writeRaw(hex(json, path, b, 32));
      case BOOL -> out.writeInt(bool(json, path) ? TlIds.BOOL_TRUE : TlIds.BOOL_FALSE);
      case TRUE -> bool(json, path); // bare true: nothing on the wire
      default -> throw new IllegalStateException("builtin " + b);
    }
  }

  private static int int32(Object json, String path) {
    BigDecimal n = number(json, path, Builtin.INT);
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new ValueEncodingException(path, n + " is not a 32-bit int");
    }
  }

  /** JSON numbers come as BigDecimal (see JsonText.parse): exact until converted. */
  private static BigDecimal number(Object json, String path, Builtin b) {
    if (json instanceof BigDecimal d) {
      return d;
    }
    throw new ValueEncodingException(path, "expected a number for " + b.tlName() + ", found "
        + describe(json));
  }

  private static long parseLong(Object json, String path) {
    if (json instanceof String s) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new ValueEncodingException(path, "\"" + s + "\" is not a 64-bit long");
      }
    }
    throw new ValueEncodingException(path, "expected a long as a decimal string, found "
        + describe(json));
  }

  private static String text(Object json, String path, Builtin b) {
    if (json instanceof String s) {
      return s;
    }
    throw new ValueEncodingException(path, "expected a JSON string for " + b.tlName() + ", found "
        + describe(json));
  }

  /** Hex digits for bytes ({@code length} -1) or for exactly {@code length} raw bytes. */
  private static byte[] hex(Object json, String path, Builtin b, int length) {
    byte[] bytes;
    try {
      bytes = HEX.parseHex(text(json, path, b));
    } catch (IllegalArgumentException e) {
      throw new ValueEncodingException(path, "bad hex for " + b.tlName() + ": " + e.getMessage());
    }
    if (length >= 0 && bytes.length != length) {
      throw new ValueEncodingException(path, b.tlName() + " needs " + length + " bytes, found "
          + bytes.length);
    }
    if (bytes.length > WireOutput.MAX_BYTES_LENGTH) {
      throw new ValueEncodingException(path, "too long for bytes: " + bytes.length);
    }
    return bytes;
  }

  private static boolean bool(Object json, String path) {
    if (json instanceof Boolean v) {
      return v;
    }
    throw new ValueEncodingException(path, "expected true or false, found " + describe(json));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object json, String path) {
    if (!(json instanceof Map<?, ?> map)) {
      throw new ValueEncodingException(path, "expected an object {\"_\": ...}, found "
          + describe(json));
    }
    if (!(map.get("_") instanceof String)) {
      throw new ValueEncodingException(path, "the object has no \"_\" naming its constructor");
    }
    return (Map<String, Object>) map;
  }

  private static String describe(Object json) {
    return json == null ? "null" : JsonValues.toJson(json, 40);
  }
}
