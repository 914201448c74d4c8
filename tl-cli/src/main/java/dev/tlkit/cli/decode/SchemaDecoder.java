package dev.tlkit.cli.decode;

import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlIds;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.runtime.TlRecord;
import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireSizes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TL bytes with a linked {@link Schema} alone, without generated classes: the decoder of
 * {@code tlc decode --schema}, for TON's, TDLib's or any other schema. It follows the same rules as
 * the generated decoders and reads through the same {@link TlReader}, so hostile bytes meet the
 * same checks and limits and fail with the same {@link TlDecodeException}s, each with the path of
 * fields that led there. The values it gives are those of {@code TlRecord#visitFields}: {@code #}
 * fields are left out, {@code flags.N?true} fields are booleans, and absent
 * optional fields are skipped.
 */
public final class SchemaDecoder {
  private final Schema schema;
  /** Constructors first, so that a function that repeats a constructor's id never shadows it. */
  private final Map<Integer, Combinator> byId = new HashMap<>();

  public SchemaDecoder(Schema schema) {
    this.schema = schema;
    schema.constructors().stream().filter(c -> !c.isBuiltin()).forEach(c -> byId.putIfAbsent(c.id(), c));
    schema.functions().forEach(f -> byId.putIfAbsent(f.id(), f));
  }

  /**
   * Decodes one boxed object (a constructor or a function) that fills {@code bytes} exactly.
   *
   * @throws TlDecodeException if the bytes are not exactly one object of the schema
   */
  public TlRecord decode(byte[] bytes) {
    TlReader reader = new TlReader(bytes);
    TlRecord value = boxed(reader, null, false);
    reader.expectEnd();
    return value;
  }

  /**
   * A boxed object: of {@code type}'s constructors, or of any (a null type), or any function.
   * {@code gzip_packed} is inflated wherever a boxed object is read, as generated code does.
   */
  private TlRecord boxed(TlReader reader, TlType type, boolean function) {
    int id = reader.readInt();
    if (id == TlIds.GZIP_PACKED && (type == null || !type.name().equals("GzipPacked"))) {
      TlReader inflated = reader.inflate(reader.readBytes());
      TlRecord value = boxed(inflated, type, function);
      inflated.expectEnd();
      return value;
    }
    Combinator c = byId.get(id);
    boolean fits = c != null && (type != null
        ? type.constructors().contains(c)
        : !function || c.kind() == Combinator.Kind.FUNCTION);
    if (!fits) {
      String expected = type != null ? type.name() : function ? "a function" : "any object";
      String found = c == null ? String.format("unknown constructor id %08x", id)
          : c.name() + "#" + c.idHex();
      throw new TlDecodeException("expected " + expected + ", found " + found, reader.position() - 4);
    }
    reader.enter();
    DecodedObject value = fields(reader, c);
    reader.exit();
    return value;
  }

  /**
   * The body of {@code c}: its fields in order, each {@code #} field read and obeyed. Like
   * {@code visitFields} of generated objects, the values leave out every {@code #} field.
   */
  private DecodedObject fields(TlReader reader, Combinator c) {
    DecodedObject object = new DecodedObject(c.name());
    Map<String, Integer> nats = new HashMap<>();
    List<Parameter> params = c.parameters();
    String field = null;
    try {
      for (int i = 0; i < params.size(); i++) {
        Parameter p = params.get(i);
        field = p.name();
        if (p.isFlags()) {
          nats.put(p.name(), reader.readInt());
          continue;
        }
        if (p.condition() != null) {
          boolean set = (nats.getOrDefault(p.condition().field(), 0) & p.condition().mask()) != 0;
          if (p.isTrueFlag()) {
            object.add(p.name(), set);
            continue;
          }
          if (!set) {
            continue;
          }
        }
        if (WireSizes.isLengthOfNext(params, i)) {
          // MTProto's message ... bytes:int body:Object: the body is read within exactly those bytes.
          TlReader window = reader.window(reader.readInt());
          Parameter body = params.get(++i);
          field = body.name();
          object.add(body.name(), boxed(window, null, false));
          window.expectEnd();
          continue;
        }
        object.add(p.name(), p.type() instanceof TypeRef.Named n && n.target().kind() == TypeRef.TargetKind.VECTOR
            ? vector(reader, n, true)
            : value(reader, p.type()));
      }
    } catch (TlDecodeException e) {
      throw e.within(field);
    }
    return object;
  }

  private Object value(TlReader reader, TypeRef type) {
    if (type instanceof TypeRef.Var v) {
      return boxed(reader, null, v.bang());
    }
    if (!(type instanceof TypeRef.Named n)) {
      return reader.readInt(); // a # outside the flags position: a plain number
    }
    return switch (n.target().kind()) {
      case BUILTIN -> builtin(reader, n.target().builtin());
      case VECTOR -> vector(reader, n, false);
      case OBJECT -> boxed(reader, null, false);
      case TYPE -> boxed(reader, schema.type(n.target().key()).orElseThrow(), false);
      case CONSTRUCTOR -> {
        Combinator c = schema.constructorByKey(n.target().key()).orElseThrow();
        int raw = WireSizes.rawIntWidth(c);
        if (raw > 0) {
          yield reader.readRaw(raw);
        }
        reader.enter();
        DecodedObject value = fields(reader, c);
        reader.exit();
        yield value;
      }
      default -> throw new IllegalStateException("unlinked type " + n.toTl());
    };
  }

  private static Object builtin(TlReader reader, Builtin b) {
    return switch (b) {
      case INT -> reader.readInt();
      case LONG -> reader.readLong();
      case DOUBLE -> reader.readDouble();
      case STRING -> reader.readString();
      case BYTES -> reader.readBytes();
      case INT128 -> reader.readRaw(16);
      case INT256 -> reader.readRaw(32);
      case BOOL -> reader.readBool();
      case TRUE -> Boolean.TRUE;
    };
  }

  /**
   * A vector; {@code indexed} for a field's own vector, whose element index goes into error paths
   * ({@code photo.attributes[0].flags}) as generated decoders put it, not for vectors inside it.
   */
  private List<Object> vector(TlReader reader, TypeRef.Named n, boolean indexed) {
    TypeRef element = n.args().get(0);
    int min = Math.max(1, WireSizes.minSize(schema, element));
    int count = n.bare() ? reader.readCount(min) : reader.readVectorHeader(min);
    List<Object> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      try {
        list.add(value(reader, element));
      } catch (TlDecodeException e) {
        throw indexed ? e.within("[" + i + "]") : e;
      }
    }
    return list;
  }
}
